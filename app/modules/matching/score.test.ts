import { describe, expect, test } from 'vitest'
import { assessFit, scorePair, somethingFlows, termsOf, type MatchProfile, type MatchTaxonomy } from './score'

const streamMaterials: Record<string, string[]> = {
  'black-mass': ['lithium', 'cobalt', 'nickel', 'manganese', 'graphite'],
  'ndfeb-scrap': ['neodymium', 'praseodymium', 'dysprosium'],
  'eol-ev-batteries': ['lithium', 'cobalt', 'nickel', 'manganese', 'graphite', 'copper'],
}
const technologyMaterials: Record<string, string[]> = {
  'li-ion-battery': ['lithium', 'cobalt', 'nickel', 'graphite'],
  'permanent-magnet': ['neodymium', 'praseodymium', 'dysprosium', 'cobalt'],
  catalyst: ['platinum', 'palladium', 'rhodium'],
}

const taxonomy: MatchTaxonomy = {
  locale: 'en',
  label: (_kind, code) =>
    ({
      'recycling-services': 'Recycling services',
      'raw-materials': 'Supply of raw materials',
      'li-ion-battery': 'Lithium-ion batteries',
      'permanent-magnet': 'Permanent magnets (NdFeB, SmCo)',
      'black-mass': 'Black mass',
      asean: 'ASEAN',
    })[code] ?? code.charAt(0).toUpperCase() + code.slice(1),
  criticality: (material) =>
    ['lithium', 'cobalt', 'nickel', 'neodymium'].includes(material)
      ? 'strategic'
      : material === 'antimony'
        ? 'critical'
        : 'other',
  typicalMaterials: (technology) => technologyMaterials[technology] ?? [],
  streamMaterials: (stream) => streamMaterials[stream] ?? [],
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
  suppliesStreams: [],
  takesStreams: [],
  streams: [],
  ...overrides,
})

const batteryRecycler = profile({
  roles: ['recycling'],
  materials: ['lithium', 'cobalt', 'nickel'],
  technologies: ['li-ion-battery'],
  offers: ['raw-materials'],
  seeks: ['recycling-services'],
})

describe('partner score', () => {
  test('two organisations with the same roles on the same material are "like yours", whatever feeds what', () => {
    const first = profile({
      roles: ['recycling', 'refining'],
      materials: ['cobalt', 'nickel'],
      technologies: ['li-ion-battery'],
    })
    const second = profile({
      roles: ['refining', 'recycling'],
      materials: ['nickel'],
      technologies: ['li-ion-battery'],
    })
    const fit = assessFit(first, second, taxonomy)
    expect(fit.likeYours).toBe(true)
    expect(fit.band).toBe('possible')
    expect(fit.parts.map((part) => part.kind)).toEqual(['like-yours'])
    // Two magnet makers, two dismantlers: the same.
    const magnets = profile({
      roles: ['components'],
      technologies: ['permanent-magnet'],
      materials: ['neodymium'],
    })
    expect(assessFit(magnets, { ...magnets, slug: 'y' }, taxonomy).likeYours).toBe(true)
    const dismantler = profile({ roles: ['collection', 'dismantling'], technologies: ['li-ion-battery'] })
    expect(assessFit(dismantler, { ...dismantler, slug: 'y' }, taxonomy).likeYours).toBe(true)
  })

  test('a dismantler feeds a recycler that also dismantles: partners, not competitors', () => {
    const dismantler = profile({
      roles: ['collection', 'dismantling'],
      materials: ['cobalt'],
      technologies: ['li-ion-battery'],
    })
    const recycler = profile({
      roles: ['dismantling', 'recycling'],
      materials: ['cobalt'],
      technologies: ['li-ion-battery'],
    })
    const fit = assessFit(dismantler, recycler, taxonomy)
    expect(fit.likeYours).toBe(false)
    expect(fit.parts[0]).toMatchObject({
      kind: 'role-flow',
      link: { kind: 'feeds', mine: 'dismantling', theirs: 'recycling' },
    })
  })

  test('a role link with nothing flowing is only a weak reason: a Li-ion recycler and a magnet maker', () => {
    const magnetMaker = profile({
      roles: ['materials', 'components'],
      materials: ['neodymium', 'praseodymium'],
      technologies: ['permanent-magnet'],
      seeks: ['raw-materials'],
    })
    const match = scorePair(batteryRecycler, magnetMaker, taxonomy)
    expect(match.band).toBe('possible')
    expect(match.reasons[0]).toBe(
      'You recycle and recover secondary raw materials and they make advanced materials, but nothing either names could pass from one to the other: a possible link only.',
    )
    // Offering raw materials meets no need of theirs without a material in common.
    expect(match.reasons.join(' ')).not.toContain('seek')
    const cathodeMaker = profile({
      roles: ['materials'],
      materials: ['cobalt', 'nickel', 'lithium'],
      technologies: ['li-ion-battery'],
      seeks: ['raw-materials'],
    })
    expect(scorePair(batteryRecycler, cathodeMaker, taxonomy).score).toBeGreaterThan(match.score + 30)
  })

  test('a stream one supplies and the other takes is the strongest reason, with quantity and place', () => {
    const refiner = profile({
      roles: ['refining'],
      materials: ['cobalt', 'nickel'],
      takesStreams: ['black-mass'],
      streams: [{ direction: 'takes', stream: 'black-mass', countries: [] }],
      offers: ['recycling-services'],
    })
    const supplier = {
      ...batteryRecycler,
      suppliesStreams: ['black-mass'],
      streams: [
        { direction: 'supplies' as const, stream: 'black-mass', tonnesPerYear: 2000, countries: ['SE'] },
      ],
    }
    const fromRefiner = scorePair(refiner, supplier, taxonomy)
    expect(fromRefiner.reasons[0]).toBe(
      'They supply black mass, about 2,000 t a year, from Sweden; you take it.',
    )
    expect(fromRefiner.band).toBe('strong')
    const fromSupplier = scorePair(supplier, refiner, taxonomy)
    expect(fromSupplier.reasons[0]).toBe(
      'You supply black mass, about 2,000 t a year, from Sweden; they take it.',
    )
    expect(fromSupplier.score).toBeGreaterThan(scorePair(batteryRecycler, refiner, taxonomy).score)
  })

  test('a strong fit needs something flowing and a need met', () => {
    const cathodeMaker = profile({
      roles: ['materials'],
      materials: ['cobalt', 'nickel', 'lithium'],
      technologies: ['li-ion-battery'],
    })
    const flowingOnly = assessFit(batteryRecycler, cathodeMaker, taxonomy)
    expect(somethingFlows(flowingOnly)).toBe(true)
    expect(flowingOnly.band).not.toBe('strong')
    const withNeed = assessFit(
      batteryRecycler,
      { ...cathodeMaker, seeks: ['raw-materials'], offers: ['recycling-services'] },
      taxonomy,
    )
    expect(withNeed.band).toBe('strong')
  })

  test('a language in common alone is no fit: nothing to say, nothing suggested', () => {
    const pvRecycler = profile({
      roles: ['recycling'],
      materials: ['silicon', 'silver'],
      technologies: ['photovoltaic'],
      languages: ['en', 'ja'],
    })
    const fit = assessFit(
      profile({ ...batteryRecycler, roles: ['collection'], languages: ['en', 'ja'] }),
      pvRecycler,
      taxonomy,
    )
    expect(fit.parts.every((part) => part.kind === 'languages')).toBe(true)
    expect(fit.score).toBe(0)
    expect(assessFit(batteryRecycler, profile({ roles: [], languages: ['en'] }), taxonomy).score).toBe(0)
  })

  test('implied materials say whose technology contains what', () => {
    const catalystMaker = profile({ roles: ['components'], technologies: ['li-ion-battery'], materials: [] })
    const reader = profile({ roles: ['refining'], materials: ['cobalt', 'graphite'] })
    const reasons = scorePair(reader, catalystMaker, taxonomy).reasons
    expect(reasons).toContain('Their lithium-ion batteries contain cobalt and graphite, which you work with.')
    expect(scorePair(catalystMaker, reader, taxonomy).reasons).toContain(
      'Your lithium-ion batteries contain cobalt and graphite, which they work with.',
    )
  })

  test('labels keep their acronyms inside a sentence', () => {
    const a = profile({ roles: ['components'], technologies: ['permanent-magnet'], materials: ['neodymium'] })
    const b = profile({
      roles: ['product-development'],
      technologies: ['permanent-magnet'],
      materials: ['neodymium'],
    })
    expect(scorePair(a, b, taxonomy).reasons).toContain('You both work on permanent magnets (NdFeB, SmCo).')
  })
})

// A small deterministic generator, so that a failing case can be found again.
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

const pools = {
  roles: [
    'extraction',
    'refining',
    'materials',
    'components',
    'product-development',
    'process-development',
    'use',
    'collection',
    'dismantling',
    'recycling',
    'research',
    'services',
  ],
  materials: [
    'lithium',
    'cobalt',
    'nickel',
    'manganese',
    'graphite',
    'copper',
    'neodymium',
    'praseodymium',
    'dysprosium',
    'platinum',
    'palladium',
    'antimony',
  ],
  technologies: ['li-ion-battery', 'permanent-magnet', 'catalyst'],
  offers: [
    'raw-materials',
    'recycling-services',
    'joint-rd',
    'investment',
    'market-access',
    'component-supply',
  ],
  markets: ['asean', 'india', 'africa'],
  languages: ['en', 'ja', 'de'],
  streams: ['black-mass', 'ndfeb-scrap', 'eol-ev-batteries'],
}

function randomProfile(next: () => number, slug: string): MatchProfile {
  const some = (pool: string[], max: number) => pool.filter(() => next() < max / pool.length)
  const supplies = some(pools.streams, 1)
  const takes = some(pools.streams, 1).filter((stream) => !supplies.includes(stream))
  const roles = some(pools.roles, 2).slice(0, 4)
  return profile({
    slug,
    roles: roles.length ? roles : ['recycling'],
    materials: some(pools.materials, 4),
    technologies: some(pools.technologies, 1.5),
    offers: some(pools.offers, 2),
    seeks: some(pools.offers, 2),
    markets: some(pools.markets, 1),
    languages: some(pools.languages, 2),
    suppliesStreams: supplies,
    takesStreams: takes,
    streams: [
      ...supplies.map((stream) => ({
        direction: 'supplies' as const,
        stream,
        tonnesPerYear: 100,
        countries: ['DE'],
      })),
      ...takes.map((stream) => ({ direction: 'takes' as const, stream, countries: [] })),
    ],
  })
}

describe('every reason is true from the reader’s side (property)', () => {
  test('each term a reason gives "you" is on the reader’s profile, each it gives "they" on theirs', () => {
    const next = random(20261202)
    let checkedParts = 0
    for (let run = 0; run < 2000; run++) {
      const me = randomProfile(next, 'me')
      const them = randomProfile(next, 'them')
      const fit = assessFit(me, them, taxonomy)
      for (const part of fit.parts) {
        const { mine, theirs } = termsOf(part)
        for (const term of mine) expect(me[term.field], `${part.kind}: you ${term.code}`).toContain(term.code)
        for (const term of theirs)
          expect(them[term.field], `${part.kind}: they ${term.code}`).toContain(term.code)
        checkedParts++
      }
      // Competitors are never more than possible, and shared tags never count as reasons for them.
      if (fit.likeYours) expect(fit.band).toBe('possible')
      if (fit.band === 'strong') expect(somethingFlows(fit)).toBe(true)
    }
    expect(checkedParts).toBeGreaterThan(5000)
  })
})
