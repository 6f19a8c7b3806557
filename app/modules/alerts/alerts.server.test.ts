import { describe, expect, test } from 'vitest'
import { createTestAccount, createTestOrganisation } from '../../../prisma/seed/builders'
import { refusalOf } from '../../../tests/support/in-english'
import { prisma } from '~/utils/db.server'
import { sendAlerts } from './alerts.server'
import { savedSearchLimit } from './saved-search-fields'
import { deleteSavedSearch, listSavedSearches, saveSearch, setSearchAlerts } from './saved-searches.server'

const notificationsOf = (userId: string, kind: string) =>
  prisma.notification.findMany({ where: { userId, kind }, orderBy: { createdAt: 'asc' } })

describe('saved searches', () => {
  test('a search is kept once, however its address is written; one without words or filters is refused', async () => {
    const member = await createTestAccount()
    await saveSearch(member.id, {
      name: 'Japanese cobalt',
      query: 'region=jp&material=cobalt&page=3&sort=newest',
    })
    expect(
      await refusalOf(saveSearch(member.id, { name: 'Again', query: 'material=cobalt&region=jp' })),
    ).toBe('You already saved this search.')
    expect(
      await refusalOf(saveSearch(member.id, { name: 'Everything', query: 'sort=newest&bogus=1' })),
    ).toContain('finds every organisation')
    const [kept] = await listSavedSearches(member.id)
    expect(kept).toMatchObject({ name: 'Japanese cobalt', query: 'region=jp&material=cobalt', alerts: true })
    expect(kept!.href).toBe('/directory?region=jp&material=cobalt')
  })

  test(`saves at the same moment cannot pass the limit of ${savedSearchLimit}`, async () => {
    const member = await createTestAccount()
    const results = await Promise.allSettled(
      Array.from({ length: savedSearchLimit + 5 }, (_, index) =>
        saveSearch(member.id, { name: `Search ${index}`, query: `q=word${index}` }),
      ),
    )
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(savedSearchLimit)
    expect(await prisma.savedSearch.count({ where: { userId: member.id } })).toBe(savedSearchLimit)
  })

  test('another person’s saved search cannot be changed or deleted', async () => {
    const owner = await createTestAccount()
    const other = await createTestAccount()
    const { id } = await saveSearch(owner.id, { name: 'Mine', query: 'material=gallium' })
    expect(await refusalOf(setSearchAlerts(other.id, id, false))).toBe('This saved search no longer exists.')
    expect(await refusalOf(deleteSavedSearch(other.id, id))).toBe('This saved search no longer exists.')
    expect(await prisma.savedSearch.findUniqueOrThrow({ where: { id } })).toMatchObject({ alerts: true })
  })
})

describe('alerts on newly listed organisations', () => {
  test('a saved search’s owner is told once about a newly listed match, not about others or earlier ones', async () => {
    const word = `Zirconix${Date.now()}`
    await createTestOrganisation({ country: 'JP', name: `${word} Early K.K.` })
    const member = await createTestAccount()
    const quiet = await createTestAccount()
    await saveSearch(member.id, { name: 'Zirconix in Japan', query: `q=${word}&region=jp` })
    const { id: quietId } = await saveSearch(quiet.id, { name: 'Zirconix quiet', query: `q=${word}` })
    await setSearchAlerts(quiet.id, quietId, false)

    const match = await createTestOrganisation({ country: 'JP', name: `${word} Recycling K.K.` })
    await createTestOrganisation({ country: 'DE', name: `${word} Europe GmbH` })
    await createTestOrganisation({ country: 'JP', name: 'Unrelated Metals K.K.' })
    // Two app servers at the same moment, then a later run: one announcement.
    await Promise.all([sendAlerts(), sendAlerts()])
    await sendAlerts()

    const told = await notificationsOf(member.id, 'search.matches')
    expect(told).toHaveLength(1)
    expect(told[0]).toMatchObject({
      params: { search: 'Zirconix in Japan', first: match.organisation.name, count: 1 },
      link: `/directory?q=${word}&region=jp&sort=newest`,
    })
    expect(
      await prisma.savedSearchMatch.findMany({
        where: { savedSearch: { userId: member.id } },
        select: { organisationId: true },
      }),
    ).toEqual([{ organisationId: match.organisation.id }])
    expect(await notificationsOf(quiet.id, 'search.matches')).toHaveLength(0)
  })

  test('the members of an organisation are told when a newly listed one is a strong partner fit both ways', async () => {
    const refiner = await createTestOrganisation({
      country: 'JP',
      name: `Kyushu Refining ${Date.now()} K.K.`,
      roles: ['refining'],
      materials: ['cobalt', 'nickel'],
      technologies: ['li-ion-battery'],
      offers: ['recycling-services'],
      seeks: ['raw-materials'],
      takes: ['black-mass'],
    })
    await sendAlerts()
    const recycler = await createTestOrganisation({
      country: 'SE',
      name: `Nordic Black Mass ${Date.now()} AB`,
      roles: ['recycling'],
      materials: ['lithium', 'cobalt', 'nickel'],
      technologies: ['li-ion-battery'],
      offers: ['raw-materials'],
      seeks: ['recycling-services'],
      supplies: [{ stream: 'black-mass', tonnesPerYear: 2000, countries: ['SE'] }],
    })
    await Promise.all([sendAlerts(), sendAlerts()])
    const told = await notificationsOf(refiner.member.id, 'suggestion.strong')
    expect(told).toEqual([
      expect.objectContaining({
        params: { partner: recycler.organisation.name },
        link: `/organisations/${recycler.organisation.slug}`,
      }),
    ])
  })
})
