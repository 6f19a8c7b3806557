import { errorMessage } from '~/modules/i18n/message-keys'
import { englishErrorOf } from '../../../tests/support/in-english'
import { describe, expect, test } from 'vitest'
import { createTestAccount } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { profileFieldsSchema, type ProfileFields } from './profile-fields'
import {
  createOrganisation,
  getMembership,
  submitForReview,
  updateOrganisation,
  withdrawProfile,
} from './profiles.server'
import { DomainError } from '~/utils/domain-error'

const validFields = (overrides: Partial<ProfileFields> = {}): ProfileFields =>
  profileFieldsSchema.parse({
    name: 'Nordic Black Mass AB',
    country: 'se',
    description:
      'We dismantle end-of-life lithium-ion batteries and produce black mass for hydrometallurgical refiners.',
    roles: ['dismantling', 'recycling'],
    materials: ['lithium', 'cobalt', 'nickel'],
    technologies: ['li-ion-battery'],
    offers: ['raw-materials'],
    seeks: ['technology-licensing'],
    markets: ['asean'],
    ...overrides,
  })

describe('organisation profiles', () => {
  test('an account creates one draft organisation, derived region and slug included', async () => {
    const owner = await createTestAccount()
    const result = await createOrganisation(owner.id, validFields())
    expect(result.ok).toBe(true)
    const membership = await getMembership(owner.id)
    expect(membership?.role).toBe('owner')
    expect(membership?.organisation).toMatchObject({
      status: 'draft',
      country: 'SE',
      region: 'eu',
      version: 1,
    })
    expect(membership?.organisation.slug).toMatch(/^nordic-black-mass-ab/)
    await expect(createOrganisation(owner.id, validFields())).rejects.toBeInstanceOf(DomainError)
  })

  test('unknown taxonomy codes are refused and nothing is saved', async () => {
    const owner = await createTestAccount()
    const result = await createOrganisation(owner.id, validFields({ materials: ['unobtainium'] }))
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'materials', message: errorMessage('unknownCodes', { codes: 'unobtainium' }) }],
    })
    expect(await getMembership(owner.id)).toBeNull()
  })

  test('a second save from the same version is refused with the other person’s changes', async () => {
    const owner = await createTestAccount()
    const colleague = await createTestAccount()
    const created = await createOrganisation(owner.id, validFields())
    if (!created.ok) throw new Error('expected a created profile')

    const first = await updateOrganisation({
      organisationId: created.organisationId,
      userId: colleague.id,
      baseVersion: 1,
      fields: validFields({ city: 'Skellefteå' }),
    })
    expect(first).toMatchObject({ ok: true, version: 2 })

    const second = await updateOrganisation({
      organisationId: created.organisationId,
      userId: owner.id,
      baseVersion: 1,
      fields: validFields({ website: 'https://example.se' }),
    })
    expect(second).toEqual({
      ok: false,
      conflict: {
        currentVersion: 2,
        theirChanges: [{ field: 'city', value: 'Skellefteå' }],
        editedBy: colleague.displayName,
      },
    })
    const stored = await prisma.organisation.findUniqueOrThrow({ where: { id: created.organisationId } })
    expect(stored).toMatchObject({ city: 'Skellefteå', website: null, version: 2 })
  })

  test('the lifecycle: submit, withdraw, and no submitting twice', async () => {
    const owner = await createTestAccount()
    const created = await createOrganisation(owner.id, validFields())
    if (!created.ok) throw new Error('expected a created profile')
    await submitForReview(created.organisationId)
    expect((await getMembership(owner.id))?.organisation.status).toBe('submitted')
    expect(await englishErrorOf(submitForReview(created.organisationId))).toContain('cannot be submitted')
    await withdrawProfile(created.organisationId)
    expect((await getMembership(owner.id))?.organisation.status).toBe('draft')
    expect(await englishErrorOf(withdrawProfile(created.organisationId))).toContain('cannot be withdrawn')
  })
})

describe('profile field rules', () => {
  test('each problem names its field', () => {
    const result = profileFieldsSchema.safeParse({
      name: '',
      country: 'XX',
      website: 'ftp://example.com',
      description: 'too short',
      roles: [],
      materials: Array.from({ length: 16 }, (_, i) => `m${i}`),
      yearFounded: '3000',
    })
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]))
    expect(fields).toEqual(
      new Set(['name', 'country', 'website', 'description', 'roles', 'materials', 'yearFounded']),
    )
  })
})
