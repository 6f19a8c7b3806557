import { describe, expect, test } from 'vitest'
import { createTestOrganisation } from '../../../prisma/seed/builders'
import { messagesFor } from '~/modules/i18n/messages'
import { findLeads } from './leads.server'

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
      expect(lead!.reasons.some((reason) => reason.includes(locale === 'ja' ? 'コバルト' : 'Cobalt'))).toBe(
        true,
      )
    },
  )
})
