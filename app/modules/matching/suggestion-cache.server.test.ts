import { describe, expect, test } from 'vitest'
import { createTestIntroduction, createTestOrganisation } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { storeSuggestionCache } from './suggestion-cache.server'
import { dismissSuggestion } from './dismissals.server'
import { refreshStaleSuggestions, suggestPartners } from './suggestions.server'

type Created = Awaited<ReturnType<typeof createTestOrganisation>>

// Organisations created by other test files at the same time may appear among the suggestions too, so
// each test compares only the organisations it made.
const slugsOf = (created: Created[]) => new Set(created.map((entry) => entry.organisation.slug))

async function suggestedAmong(slug: string, created: Created[]) {
  const mine = slugsOf(created)
  const result = await suggestPartners(slug)
  return {
    partners: result!.suggestions.filter((entry) => mine.has(entry.slug)).map((entry) => entry.slug),
    localPartners: result!.localPartners.filter((entry) => mine.has(entry.slug)).map((entry) => entry.slug),
  }
}

/** As if the organisations had last changed a day ago (Prisma would stamp the current time). */
async function lastChangedYesterday(created: Created[]) {
  await prisma.$executeRaw`UPDATE "Organisation" SET "updatedAt" = "updatedAt" - interval '1 day'
                            WHERE "id" = ANY(${created.map((entry) => entry.organisation.id)})`
}

const cacheOf = (created: Created) =>
  prisma.suggestionCache.findUnique({ where: { organisationId: created.organisation.id } })

async function recyclerWithPartners() {
  const me = await createTestOrganisation({
    country: 'DE',
    roles: ['recycling'],
    materials: ['lithium', 'cobalt'],
    markets: ['asean'],
  })
  const refiner = await createTestOrganisation({ country: 'JP', roles: ['refining'], materials: ['lithium'] })
  const dismantler = await createTestOrganisation({ country: 'JP', roles: ['dismantling'] })
  const collector = await createTestOrganisation({
    country: 'JP',
    roles: ['collection'],
    materials: ['cobalt'],
  })
  const local = await createTestOrganisation({ country: 'ID', roles: ['refining'], markets: ['asean'] })
  const all = [me, refiner, dismantler, collector, local]
  await lastChangedYesterday(all)
  return { me, refiner, dismantler, collector, local, all }
}

describe('partner suggestions computed ahead', () => {
  test('are kept after the first search and give the same ranking when read again', async () => {
    const { me, all } = await recyclerWithPartners()
    const first = await suggestedAmong(me.organisation.slug, all)
    const cache = await cacheOf(me)
    expect(cache?.profileVersion).toBe(me.organisation.version)
    expect(first.partners.length).toBe(3)
    expect(first.localPartners).toEqual([all[4]!.organisation.slug])

    const again = await suggestedAmong(me.organisation.slug, all)
    expect(again).toEqual(first)
    // Read from the cache: it was not computed again.
    expect((await cacheOf(me))?.computedAt).toEqual(cache?.computedAt)
  })

  test('requests computing them at the same moment all succeed, and one set is kept', async () => {
    const { me, all } = await recyclerWithPartners()
    const results = await Promise.all(
      Array.from({ length: 5 }, () => suggestedAmong(me.organisation.slug, all)),
    )
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1)
    expect(await prisma.suggestionCache.count({ where: { organisationId: me.organisation.id } })).toBe(1)
  })

  test('apply dismissals, introductions and suspensions made after they were computed', async () => {
    const { me, refiner, dismantler, collector, all } = await recyclerWithPartners()
    await suggestedAmong(me.organisation.slug, all)
    const computedAt = (await cacheOf(me))?.computedAt

    await dismissSuggestion(me.organisation.id, refiner.organisation.id, me.member.id)
    await createTestIntroduction(me, dismantler)
    await prisma.organisation.update({
      where: { id: collector.organisation.id },
      data: { suspendedAt: new Date(), suspensionReason: 'test' },
    })

    expect((await suggestedAmong(me.organisation.slug, all)).partners).toEqual([])
    expect((await cacheOf(me))?.computedAt).toEqual(computedAt)
  })

  test('include organisations approved or changed after they were computed, with their new data', async () => {
    const { me, dismantler, all } = await recyclerWithPartners()
    await suggestedAmong(me.organisation.slug, all)
    const computedAt = (await cacheOf(me))?.computedAt

    const newcomer = await createTestOrganisation({
      country: 'JP',
      roles: ['refining'],
      materials: ['lithium', 'cobalt'],
    })
    // The dismantler becomes a competitor: recycling only, nothing else in common.
    await prisma.organisation.update({
      where: { id: dismantler.organisation.id },
      data: {
        roles: ['recycling'],
        materials: [],
        technologies: [],
        offers: [],
        seeks: [],
        markets: [],
        languages: ['fr'],
      },
    })

    const after = await suggestedAmong(me.organisation.slug, [...all, newcomer])
    expect(after.partners).toContain(newcomer.organisation.slug)
    expect(after.partners).not.toContain(dismantler.organisation.slug)
    expect((await cacheOf(me))?.computedAt).toEqual(computedAt)
  })

  test('read again just after organisations changed, rank exactly as a fresh search (nothing in common: never)', async () => {
    const { me, all } = await recyclerWithPartners()
    await suggestedAmong(me.organisation.slug, all)
    // Changed after the cache, sharing nothing but English: neither reading may suggest it.
    const stranger = await createTestOrganisation({
      country: 'JP',
      roles: ['recycling'],
      materials: ['silicon'],
      technologies: ['photovoltaic'],
      offers: [],
      seeks: [],
      markets: [],
      languages: ['en'],
    })
    const cached = await suggestedAmong(me.organisation.slug, [...all, stranger])
    await prisma.suggestionCache.delete({ where: { organisationId: me.organisation.id } })
    const fresh = await suggestedAmong(me.organisation.slug, [...all, stranger])
    expect(cached).toEqual(fresh)
    expect(fresh.partners).not.toContain(stranger.organisation.slug)
  })

  test('are computed again once the organisation edits its profile', async () => {
    const { me, all } = await recyclerWithPartners()
    await suggestedAmong(me.organisation.slug, all)
    const before = await cacheOf(me)
    await prisma.organisation.update({
      where: { id: me.organisation.id },
      data: { roles: ['product-development'], version: { increment: 1 } },
    })

    await suggestedAmong(me.organisation.slug, all)
    const after = await cacheOf(me)
    expect(after?.profileVersion).toBe(before!.profileVersion + 1)
    expect(after!.computedAt.getTime()).toBeGreaterThan(before!.computedAt.getTime())
  })

  test('are computed again when too few cached candidates are left above the ones left out', async () => {
    const { me, refiner, all } = await recyclerWithPartners()
    // A cache that kept only the refiner and left out organisations scoring up to 99.
    const stale = {
      computedAt: new Date(Date.now() - 1000),
      partners: { ids: [refiner.organisation.id], floor: 99, floorName: 'A' },
    }
    await storeSuggestionCache(me.organisation, {
      ...stale,
      localPartners: { ids: [], floor: null, floorName: null },
      likeYoursIds: [],
    })

    const found = await suggestedAmong(me.organisation.slug, all)
    expect(found.partners.length).toBe(3)
    expect((await cacheOf(me))!.computedAt.getTime()).toBeGreaterThan(stale.computedAt.getTime())
  })

  test('give the same ranking as a search when a larger list is asked for', async () => {
    // A search hands the best 500 candidates by a coarse score to full scoring; with other test files
    // filling the database at the same time, these organisations share a material few others have, so
    // that they are among those 500 as they would be in a directory of that size.
    const me = await createTestOrganisation({
      country: 'DE',
      roles: ['recycling'],
      materials: ['hafnium', 'cobalt'],
    })
    const partners = await Promise.all(
      (['refining', 'dismantling', 'collection'] as const).map((role) =>
        createTestOrganisation({ country: 'JP', roles: [role], materials: ['hafnium'] }),
      ),
    )
    const all = [me, ...partners]
    await lastChangedYesterday(all)
    const cached = await suggestedAmong(me.organisation.slug, all)
    const searched = await suggestPartners(me.organisation.slug, 500)
    const mine = slugsOf(all)
    // The first 20 of the longer list are the 20 shown: the same organisations in the same order.
    const first20 = searched!.suggestions.slice(0, 20).map((entry) => entry.slug)
    expect(first20.filter((slug) => mine.has(slug))).toEqual(cached.partners)
  })

  test('the background refresh computes them for listed organisations that have none', async () => {
    const { me } = await recyclerWithPartners()
    expect(await cacheOf(me)).toBeNull()
    // Other test files may leave many organisations without suggestions: refresh until this one has some.
    for (let round = 0; round < 20 && !(await cacheOf(me)); round++) {
      expect(await refreshStaleSuggestions({ budgetMs: 60_000, batch: 200 })).toBeGreaterThan(0)
    }
    expect((await cacheOf(me))?.partnerIds.length).toBeGreaterThanOrEqual(3)
  })
})
