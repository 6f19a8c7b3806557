import { describe, expect, test } from 'vitest'
import { scorePair, type MatchProfile, type MatchTaxonomy } from './score'

const taxonomy: MatchTaxonomy = {
  locale: 'en',
  label: (_kind, code) =>
    ({
      'end-of-life-feedstock': 'End-of-life feedstock',
      'recycling-services': 'Recycling services',
      'raw-materials': 'Raw materials',
      'li-ion-battery': 'Lithium-ion batteries',
      asean: 'ASEAN',
    })[code] ?? code.charAt(0).toUpperCase() + code.slice(1),
  criticality: (material) =>
    ['lithium', 'cobalt', 'nickel'].includes(material)
      ? 'strategic'
      : material === 'antimony'
        ? 'critical'
        : 'other',
  typicalMaterials: (technology) =>
    technology === 'li-ion-battery' ? ['lithium', 'cobalt', 'nickel', 'graphite'] : [],
}

const profile = (overrides: Partial<MatchProfile>): MatchProfile => ({
  slug: 'x',
  name: 'X',
  country: 'DE',
  roles: [],
  materials: [],
  technologies: [],
  offers: [],
  seeks: [],
  markets: [],
  languages: ['en'],
  ...overrides,
})

const dismantler = profile({
  roles: ['dismantling'],
  materials: ['lithium', 'cobalt', 'antimony'],
  offers: ['raw-materials'],
  seeks: ['recycling-services'],
})

describe('partner score', () => {
  test('a complementary pair outranks a pair that only shares tags', () => {
    const recycler = profile({ roles: ['recycling'], materials: ['nickel'] })
    const lookalike = profile({
      roles: ['product-development'],
      materials: ['lithium', 'cobalt'],
      technologies: [],
    })
    expect(scorePair(dismantler, recycler, taxonomy).score).toBeGreaterThan(
      scorePair(dismantler, lookalike, taxonomy).score,
    )
  })

  test('a same-role competitor ranks below a complementary partner', () => {
    const competitor = profile({ roles: ['dismantling'], materials: ['lithium', 'cobalt'] })
    const partner = profile({ roles: ['collection'] })
    const competing = scorePair(dismantler, competitor, taxonomy)
    expect(competing.reasons).toContain(
      'You both dismantle and pre-treat: more likely competitors than partners.',
    )
    expect(scorePair(dismantler, partner, taxonomy).score).toBeGreaterThan(competing.score)
  })

  test('a mutual offer and seek outranks a one-way fit', () => {
    const oneWay = profile({ roles: ['research'], offers: ['recycling-services'] })
    const mutual = profile({ roles: ['research'], offers: ['recycling-services'], seeks: ['raw-materials'] })
    expect(scorePair(dismantler, mutual, taxonomy).score).toBeGreaterThan(
      scorePair(dismantler, oneWay, taxonomy).score,
    )
  })

  test('reasons name the concrete shared terms', () => {
    const recycler = profile({
      roles: ['recycling'],
      materials: ['cobalt', 'antimony'],
      technologies: ['li-ion-battery'],
      offers: ['recycling-services'],
      seeks: ['end-of-life-feedstock', 'raw-materials'],
      markets: ['asean'],
      languages: ['en', 'ja'],
    })
    const me = { ...dismantler, markets: ['asean'], languages: ['en', 'ja'] }
    const { reasons, band } = scorePair(me, recycler, taxonomy)
    expect(reasons).toEqual([
      'You dismantle and pre-treat and they recycle and recover secondary raw materials: your output is their input.',
      'They offer recycling services, which you seek.',
      'They seek raw materials, which you offer.',
      'You both work with Cobalt and Antimony (EU strategic: Cobalt).',
      'Your technologies and their materials meet in Lithium.',
      'You both target ASEAN.',
      'You can work in Japanese.',
    ])
    expect(band).toBe('strong')
  })

  test('scores stay between 0 and 100', () => {
    const competitor = profile({ roles: ['dismantling'] })
    expect(scorePair(dismantler, competitor, taxonomy).score).toBe(0)
    const everything = {
      ...dismantler,
      roles: ['dismantling', 'recycling', 'services'],
      seeks: ['recycling-services', 'raw-materials'],
      offers: ['raw-materials', 'recycling-services'],
      markets: ['asean', 'india'],
      technologies: ['li-ion-battery'],
    }
    expect(scorePair(everything, everything, taxonomy).score).toBeLessThanOrEqual(100)
  })
})
