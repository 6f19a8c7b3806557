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
import { slugFor } from './organisation-record.server'
import { getProfileForViewer, renamedProfileSlug } from './public-profile.server'

/** A test account as the session reads it. */
const asViewer = (account: {
  id: string
  email: string
  displayName: string
  role: 'member' | 'staff' | 'admin'
}) => ({
  ...account,
  disabled: false,
  locale: null,
  timeZone: null,
  twoFactorEnabled: false,
})

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

  test('the address follows the name: a rename gives a new slug, the old one sends on, and no slug is given twice', async () => {
    const owner = asViewer(await createTestAccount())
    const unique = Date.now().toString(36)
    const created = await createOrganisation(owner.id, validFields({ name: `<script>x</script> ${unique}` }))
    if (!created.ok) throw new Error('expected a created profile')
    const draftSlug = (await getMembership(owner.id))!.organisation.slug
    expect(draftSlug).toBe(slugFor(`<script>x</script> ${unique}`))
    expect(draftSlug).not.toMatch(/[<>]/)

    const rename = (name: string, baseVersion: number) =>
      updateOrganisation({
        organisationId: created.organisationId,
        userId: owner.id,
        baseVersion,
        fields: validFields({ name }),
      })
    expect(await rename(`Baltic Cobalt ${unique}`, 1)).toMatchObject({ ok: true })
    const { organisation } = (await getMembership(owner.id))!
    expect(organisation.slug).toBe(`baltic-cobalt-${unique}`)
    expect(await getProfileForViewer(draftSlug, owner)).toBeNull()
    expect(await renamedProfileSlug(draftSlug, owner)).toBe(organisation.slug)
    // Others may not see a draft: its former address tells them no more than an unknown one.
    const stranger = asViewer(await createTestAccount())
    expect(await renamedProfileSlug(draftSlug, stranger)).toBeNull()

    // Another organisation named like the old name does not take the old address.
    const other = await createTestAccount()
    await createOrganisation(other.id, validFields({ name: `<script>x</script> ${unique}` }))
    expect((await getMembership(other.id))!.organisation.slug).toBe(`${draftSlug}-2`)

    // An edit that keeps the name keeps the address; renaming back takes back the organisation's own.
    expect(await rename(`Baltic Cobalt ${unique}`, 2)).toMatchObject({ ok: true })
    expect((await getMembership(owner.id))!.organisation.slug).toBe(`baltic-cobalt-${unique}`)
    expect(await rename(`<script>x</script> ${unique}`, 3)).toMatchObject({ ok: true })
    expect((await getMembership(owner.id))!.organisation.slug).toBe(draftSlug)
    expect(await renamedProfileSlug(`baltic-cobalt-${unique}`, owner)).toBe(draftSlug)
    expect(await prisma.organisationSlugAlias.findUnique({ where: { slug: draftSlug } })).toBeNull()
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

  test('a website is taken as people write it, with the scheme added, and anything else is refused', () => {
    const websiteOf = (website: string) => profileFieldsSchema.shape.website.safeParse(website)
    expect(websiteOf('www.example.com').data).toBe('https://www.example.com')
    expect(websiteOf('example.co.jp/en').data).toBe('https://example.co.jp/en')
    expect(websiteOf('http://example.com').data).toBe('http://example.com')
    expect(websiteOf('').data).toBeUndefined()
    for (const bad of ['not a website', 'javascript:alert(1)', 'ftp://example.com', 'localhost', 'https://x'])
      expect(websiteOf(bad).success, bad).toBe(false)
  })
})
