import { describe, expect, test } from 'vitest'
import { createTestOrganisation } from '../../../prisma/seed/builders'
import { messagesFor } from '~/modules/i18n/messages'
import { findLeads, leadsVisibleTo } from './leads.server'

describe('third-country leads', () => {
  test.each(['en', 'ja'] as const)(
    'name the market once, with the concrete shared terms, in %s',
    async (locale) => {
      const eu = await createTestOrganisation({
        country: 'DE',
        roles: ['dismantling'],
        materials: ['cobalt'],
        markets: ['africa', 'asean'],
      })
      const jp = await createTestOrganisation({
        country: 'JP',
        roles: ['recycling'],
        materials: ['cobalt'],
        markets: ['africa', 'asean'],
      })
      const leads = await findLeads({ market: 'africa', limit: 10_000, locale })
      const lead = leads.find(
        (found) => found.eu.slug === eu.organisation.slug && found.jp.slug === jp.organisation.slug,
      )
      expect(lead).toBeDefined()
      const reasons = messagesFor(locale).matching.reasons
      const market = locale === 'ja' ? 'アフリカ' : 'Africa'
      expect(lead!.reasons[0]).toBe(reasons.bothTargetMarket({ market }))
      // Their other shared market is not listed as a second market reason.
      const marketReasons = lead!.reasons.filter((reason) => reason.includes(market))
      expect(marketReasons).toHaveLength(1)
      expect(lead!.reasons.some((reason) => reason.includes(locale === 'ja' ? 'コバルト' : 'cobalt'))).toBe(
        true,
      )
    },
  )

  test("a company's own leads: the same pairs and order as among all leads, none it is not part of", async () => {
    const eu = await createTestOrganisation({
      country: 'FR',
      roles: ['collection'],
      markets: ['latin-america'],
    })
    const refiner = await createTestOrganisation({
      country: 'JP',
      roles: ['dismantling'],
      markets: ['latin-america'],
    })
    const recycler = await createTestOrganisation({
      country: 'JP',
      roles: ['dismantling', 'recycling'],
      materials: ['nickel'],
      markets: ['latin-america'],
    })
    const elsewhere = await createTestOrganisation({
      country: 'JP',
      roles: ['dismantling'],
      markets: ['africa'],
    })

    const own = await findLeads({ organisationId: eu.organisation.id, limit: 10_000 })
    // This file's database holds only its own organisations: exactly the two partners in the market.
    expect(own.every((lead) => lead.eu.id === eu.organisation.id)).toBe(true)
    expect(own.map((lead) => lead.jp.slug).sort()).toEqual(
      [refiner.organisation.slug, recycler.organisation.slug].sort(),
    )
    expect(own.map((lead) => lead.jp.slug)).not.toContain(elsewhere.organisation.slug)

    const amongAll = (await findLeads({ market: 'latin-america', limit: 10_000 })).filter(
      (lead) => lead.eu.id === eu.organisation.id,
    )
    expect(own).toEqual(amongAll)
  })

  test('a third-country organisation, or one that targets no market, has no leads of its own', async () => {
    const local = await createTestOrganisation({
      country: 'CL',
      roles: ['extraction'],
      markets: ['latin-america'],
    })
    const homeOnly = await createTestOrganisation({ country: 'DE', roles: ['recycling'], markets: [] })
    expect(await findLeads({ organisationId: local.organisation.id })).toEqual([])
    expect(await findLeads({ organisationId: homeOnly.organisation.id })).toEqual([])
  })

  test('a local organisation sees every pair of its markets it can be the local partner of, whoever else is there', async () => {
    const eu = await createTestOrganisation({
      country: 'DE',
      roles: ['dismantling'],
      materials: ['cobalt'],
      markets: ['latin-america'],
    })
    const jp = await createTestOrganisation({
      country: 'JP',
      roles: ['recycling'],
      materials: ['cobalt'],
      markets: ['latin-america'],
    })
    const local = await createTestOrganisation({
      country: 'CL',
      roles: ['collection'],
      materials: ['cobalt'],
    })
    // Approved later, so it comes before the first among the market's locals everyone else is offered.
    await createTestOrganisation({ country: 'PE', roles: ['collection'], materials: ['cobalt'] })
    const unrelated = await createTestOrganisation({
      country: 'CL',
      roles: ['collection'],
      materials: [],
    })

    const viewer = (organisation: { id: string; region: string }) => ({ staff: false, organisation })
    const seen = await leadsVisibleTo(viewer(local.organisation), { market: 'latin-america' })
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((lead) => lead.local?.id === local.organisation.id)).toBe(true)
    expect(seen.some((lead) => lead.eu.id === eu.organisation.id && lead.jp.id === jp.organisation.id)).toBe(
      true,
    )
    // Nothing flows between it and either side of any pair: no leads.
    expect(await leadsVisibleTo(viewer(unrelated.organisation), { market: 'latin-america' })).toEqual([])
    // A local organisation of another market's countries is no local partner here.
    const elsewhere = await createTestOrganisation({
      country: 'KE',
      roles: ['collection'],
      materials: ['cobalt'],
    })
    expect(await leadsVisibleTo(viewer(elsewhere.organisation), { market: 'latin-america' })).toEqual([])
  })
})
