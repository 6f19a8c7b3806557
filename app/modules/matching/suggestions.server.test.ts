import { describe, expect, test } from 'vitest'
import { createTestOrganisation } from '../../../prisma/seed/builders'
import { introductionRequestSchema } from '~/modules/introductions/introduction-fields'
import {
  acceptIntroduction,
  declineIntroduction,
  sendIntroductionRequest,
} from '~/modules/introductions/introductions.server'
import { prisma } from '~/utils/db.server'
import { dismissSuggestion } from './dismissals.server'
import { suggestPartners } from './suggestions.server'

const request = introductionRequestSchema.parse({
  purpose: 'recycling-services',
  message: 'We would like to discuss a recycling partnership with you.',
  timeZone: 'Europe/Brussels',
})

async function suggestedSlugs(slug: string) {
  const result = await suggestPartners(slug, 500)
  return new Set(result?.suggestions.map((suggestion) => suggestion.slug))
}

describe('partner suggestions: exclusions', () => {
  test('never itself, its own region, unapproved, suspended or dismissed organisations', async () => {
    const me = await createTestOrganisation({ country: 'DE', roles: ['recycling'] })
    const partner = await createTestOrganisation({ country: 'JP', roles: ['refining'] })
    const sameRegion = await createTestOrganisation({ country: 'FR', roles: ['refining'] })
    const draft = await createTestOrganisation({ country: 'JP', roles: ['refining'], status: 'draft' })
    const suspended = await createTestOrganisation({ country: 'JP', roles: ['refining'] })
    await prisma.organisation.update({
      where: { id: suspended.organisation.id },
      data: { suspendedAt: new Date(), suspensionReason: 'test' },
    })
    const dismissed = await createTestOrganisation({ country: 'JP', roles: ['refining'] })
    await dismissSuggestion(me.organisation.id, dismissed.organisation.id, me.member.id)

    const slugs = await suggestedSlugs(me.organisation.slug)
    expect(slugs.has(partner.organisation.slug)).toBe(true)
    for (const excluded of [me, sameRegion, draft, suspended, dismissed]) {
      expect(slugs.has(excluded.organisation.slug)).toBe(false)
    }
  })

  test('not organisations it has a pending or accepted introduction with; again once one is declined', async () => {
    const me = await createTestOrganisation({ country: 'DE', roles: ['recycling'] })
    const pending = await createTestOrganisation({ country: 'JP', roles: ['refining'] })
    const accepted = await createTestOrganisation({ country: 'JP', roles: ['refining'] })
    const declined = await createTestOrganisation({ country: 'JP', roles: ['refining'] })
    const send = (to: { organisation: { id: string } }) =>
      sendIntroductionRequest({
        senderId: me.member.id,
        fromOrganisationId: me.organisation.id,
        toOrganisationId: to.organisation.id,
        request,
      })
    await send(pending)
    const acceptedId = await send(accepted)
    await acceptIntroduction({ introductionId: acceptedId, organisationId: accepted.organisation.id })
    const declinedId = await send(declined)
    await declineIntroduction({ introductionId: declinedId, organisationId: declined.organisation.id })

    const slugs = await suggestedSlugs(me.organisation.slug)
    expect(slugs.has(pending.organisation.slug)).toBe(false)
    expect(slugs.has(accepted.organisation.slug)).toBe(false)
    expect(slugs.has(declined.organisation.slug)).toBe(true)
    // The other side does not see the pair suggested either.
    expect((await suggestedSlugs(pending.organisation.slug)).has(me.organisation.slug)).toBe(false)
  })
})
