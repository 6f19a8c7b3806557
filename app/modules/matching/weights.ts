/**
 * Every weight of the partner score, in one place. docs/matching.md explains each choice.
 * A score is the sum of the parts below, capped at 100.
 */
export const matchWeights = {
  /** One role feeds the other directly along the loop (e.g. dismantling -> recycling). */
  roleFeeds: 30,
  /** Process development or research serving an industrial role; services serving anyone. */
  roleServes: 15,
  /** Same roles and nothing complementary: likely competitors. */
  competitorPenalty: -20,
  /** They offer what you seek, or you offer what they seek (each direction). */
  offerMeetsSeek: 12,
  /** Extra when it works both ways. */
  mutualFit: 10,
  /** Per shared material, by criticality. */
  materialEuStrategic: 4,
  materialCritical: 3,
  materialOther: 1,
  materialsCap: 20,
  /** Per shared technology, and per material one side's technology implies and the other handles. */
  sharedTechnology: 5,
  technologiesCap: 10,
  impliedMaterial: 2,
  impliedMaterialsCap: 6,
  /** Per shared third-country market. */
  sharedMarket: 4,
  marketsCap: 8,
  /** A shared business language other than English / English only. */
  sharedLanguage: 3,
  sharedEnglishOnly: 1,
} as const

/** Score bands shown to people instead of raw numbers. */
export const scoreBands = [
  { band: 'strong', min: 55 },
  { band: 'good', min: 30 },
  { band: 'possible', min: 0 },
] as const

export type ScoreBand = (typeof scoreBands)[number]['band']

export const bandOf = (score: number): ScoreBand => scoreBands.find((entry) => score >= entry.min)!.band
