/**
 * Every weight of the partner score, in one place. docs/matching.md explains each choice.
 * A score is the sum of the parts below, capped at 100.
 */
export const matchWeights = {
  /** A stream one side supplies and the other takes: the surest sign that something can flow. */
  streamFlow: 40,
  /** Each further stream flowing (in either direction), up to `streamFlowCap` in all. */
  extraStream: 6,
  streamFlowCap: 52,
  /** Streams flow both ways. */
  mutualStreams: 10,
  /** A stream one side supplies carries materials the other handles (the other takes no stream named). */
  streamCarries: 14,
  /** One role feeds the other along the loop, and a material both handle can flow along the link... */
  roleFlow: 30,
  /** ...only partly: a material both handle, but neither a technology in common nor most materials. */
  rolePartialFlow: 14,
  /** A role link with nothing named that could flow along it: at most a weak reason. */
  roleWeak: 6,
  /** Research, process development or services for a role, on a technology or material both work on. */
  roleServes: 15,
  roleServesWeak: 4,
  /** They offer what you seek, or you offer what they seek (each direction), where it fits the pair. */
  offerMeetsSeek: 12,
  /** Investment and market access fit any pair, so they say less. */
  generalOfferMeetsSeek: 6,
  /** Extra when needs are met both ways. */
  mutualFit: 6,
  /** Per shared material, by criticality. */
  materialEuStrategic: 4,
  materialCritical: 3,
  materialOther: 1,
  materialsCap: 16,
  /** Per shared technology. */
  sharedTechnology: 5,
  technologiesCap: 10,
  /** Per material one side's technology contains and the other handles. */
  impliedMaterial: 2,
  impliedMaterialsCap: 4,
  /** Per shared third-country market. */
  sharedMarket: 3,
  marketsCap: 6,
  /** A shared business language other than English / English only. */
  sharedLanguage: 2,
  sharedEnglishOnly: 1,
} as const

/**
 * Score bands shown to people instead of raw numbers. "Strong" also needs something flowing and a need
 * met (`bandOf`); competitors are never more than "possible".
 */
export const scoreBands = [
  { band: 'strong', min: 60 },
  { band: 'good', min: 35 },
  { band: 'possible', min: 0 },
] as const

export type ScoreBand = (typeof scoreBands)[number]['band']

export function bandOf(
  score: number,
  evidence: { flows: boolean; needMet: boolean; likeYours: boolean },
): ScoreBand {
  if (evidence.likeYours) return 'possible'
  const band = scoreBands.find((entry) => score >= entry.min)!.band
  if (band === 'strong' && !(evidence.flows && evidence.needMet)) return 'good'
  if (band === 'good' && !evidence.flows) return 'possible'
  return band
}
