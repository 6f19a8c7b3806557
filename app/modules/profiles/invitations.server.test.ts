import { englishErrorOf } from '../../../tests/support/in-english'
import { describe, expect, test } from 'vitest'
import { createTestAccount } from '../../../prisma/seed/builders'
import { profileFieldsSchema } from './profile-fields'
import { createOrganisation, getMembership } from './profiles.server'
import {
  acceptInvite,
  inviteColleague,
  listColleagues,
  pendingInvitesFor,
  revokeInvite,
} from './invitations.server'

async function organisationOwnedBy(userId: string) {
  const created = await createOrganisation(
    userId,
    profileFieldsSchema.parse({
      name: 'Invitation Test GmbH',
      country: 'DE',
      description: 'A company that exists to test invitations of colleagues to an organisation profile.',
      roles: ['services'],
    }),
  )
  if (!created.ok) throw new Error('expected a created profile')
  return created.organisationId
}

describe('inviting colleagues', () => {
  test('an invited account accepts and becomes an editor; the invitation is then used up', async () => {
    const owner = await createTestAccount()
    const colleague = await createTestAccount()
    const organisationId = await organisationOwnedBy(owner.id)
    const invite = await inviteColleague(organisationId, owner.id, colleague.email)
    expect((await pendingInvitesFor(colleague.email)).map((pending) => pending.id)).toEqual([invite.id])

    await acceptInvite(colleague, invite.id)
    expect(await getMembership(colleague.id)).toMatchObject({
      role: 'editor',
      organisation: { id: organisationId },
    })
    expect(await pendingInvitesFor(colleague.email)).toEqual([])
    expect(await englishErrorOf(acceptInvite(colleague, invite.id))).toContain('no longer valid')
    const { members } = await listColleagues(organisationId)
    expect(members.map((member) => member.role)).toEqual(['owner', 'editor'])
  })

  test('an invitation opens only for its own email address, and a revoked one not at all', async () => {
    const owner = await createTestAccount()
    const colleague = await createTestAccount()
    const stranger = await createTestAccount()
    const organisationId = await organisationOwnedBy(owner.id)
    const invite = await inviteColleague(organisationId, owner.id, colleague.email)
    expect(await englishErrorOf(acceptInvite(stranger, invite.id))).toContain('no longer valid')
    await revokeInvite(organisationId, invite.id)
    expect(await englishErrorOf(acceptInvite(colleague, invite.id))).toContain('no longer valid')
    expect(await getMembership(colleague.id)).toBeNull()
  })

  test('members cannot be invited again', async () => {
    const owner = await createTestAccount()
    const organisationId = await organisationOwnedBy(owner.id)
    expect(await englishErrorOf(inviteColleague(organisationId, owner.id, owner.email))).toContain(
      'already a member',
    )
  })
})
