/**
 * The score on the demo organisations, as a member sees it: every reason true from the reader's side,
 * "strong" kept for a minority, and no two organisations like each other ranked as partners.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { demoOrganisations } from '../../../prisma/seed/demo-organisations'
import { rowToProfileInput, importRowSchema } from '~/modules/profiles/import-format'
import { profileFieldsSchema } from '~/modules/profiles/profile-fields'
import { streamCodes } from '~/modules/profiles/streams'
import { regionOf } from '~/modules/taxonomy/countries'
import { loadMatchTaxonomy } from './match-taxonomy.server'
import { assessFit, describeFit, termsOf, type MatchProfile, type MatchTaxonomy } from './score'

const partnerRegions: Record<string, string[]> = { eu: ['jp'], jp: ['eu'], third: ['eu', 'jp'] }

// The demo rows as the import reads them, then as matching reads an organisation.
const profiles: (MatchProfile & { region: string })[] = demoOrganisations.map(
  ({ status: _status, ...row }) => {
    const fields = profileFieldsSchema.parse(rowToProfileInput(importRowSchema.parse(row)))
    const { supplies, takes } = streamCodes(fields.streams)
    return {
      ...fields,
      slug: row.slug,
      region: regionOf(row.country),
      suppliesStreams: supplies,
      takesStreams: takes,
    }
  },
)

const streamCodesInDemo = [
  ...new Set(profiles.flatMap((profile) => [...profile.suppliesStreams, ...profile.takesStreams])),
]

let taxonomy: MatchTaxonomy
beforeAll(async () => {
  taxonomy = await loadMatchTaxonomy('en')
})

const partnersOf = (me: (typeof profiles)[number]) =>
  profiles
    .filter((them) => them.slug !== me.slug && partnerRegions[me.region]!.includes(them.region))
    .map((them) => ({ them, fit: assessFit(me, them, taxonomy) }))
    .filter(({ fit }) => !fit.likeYours && fit.score > 0)
    .sort((a, b) => b.fit.score - a.fit.score)
    .slice(0, 20)

describe('the score on the demo organisations', () => {
  test('every reason is true from the reader’s side, in every pair', () => {
    let parts = 0
    for (const me of profiles) {
      for (const them of profiles) {
        if (me === them) continue
        const fit = assessFit(me, them, taxonomy)
        for (const part of fit.parts) {
          const { mine, theirs } = termsOf(part)
          for (const term of mine)
            expect(me[term.field], `${me.slug} → ${them.slug}: you ${term.code}`).toContain(term.code)
          for (const term of theirs)
            expect(them[term.field], `${me.slug} → ${them.slug}: they ${term.code}`).toContain(term.code)
          parts++
        }
        // Streams are named by their labels, never by their codes.
        for (const reason of describeFit(fit.parts, taxonomy, { me, them }))
          for (const code of streamCodesInDemo) expect(reason).not.toContain(code)
      }
    }
    expect(parts).toBeGreaterThan(1000)
  })

  test('"strong" is kept for the few: about a fifth of a member’s suggestions at most', () => {
    const shown = profiles.flatMap((me) => partnersOf(me))
    const strong = shown.filter(({ fit }) => fit.band === 'strong').length
    expect(shown.length).toBeGreaterThan(200)
    expect(strong / shown.length).toBeLessThanOrEqual(0.22)
    // And it is there where something flows and a need is met: each demo chain has a strong fit.
    expect(strong).toBeGreaterThan(10)
  })

  test('the demo’s competitors are never suggested as partners of each other', () => {
    const pairs: [string, string][] = [
      ['tokyo-rare-metals', 'canada-cobalt-refinery'],
      ['hokkaido-solar-recycle', 'pv-cycle-austria'],
      ['kobe-process-engineering', 'process-engineering-slovenia'],
      ['osaka-cell-works', 'solid-state-cells-france'],
      ['sendai-materials-lab', 'research-institute-nl'],
    ]
    for (const [a, b] of pairs) {
      const me = profiles.find((profile) => profile.slug === a)!
      expect(
        partnersOf(me).map(({ them }) => them.slug),
        `${a} and ${b}`,
      ).not.toContain(b)
    }
  })
})
