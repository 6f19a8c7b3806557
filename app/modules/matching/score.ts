import { languageNames, type businessLanguages } from '~/modules/profiles/profile-fields'
import type { ProfileSnapshot } from '~/modules/profiles/snapshot'
import { linkBetween, roleVerbs, type RoleLink } from './value-chain'
import { bandOf, matchWeights as w, type ScoreBand } from './weights'

export type MatchProfile = Pick<
  ProfileSnapshot,
  'name' | 'country' | 'roles' | 'materials' | 'technologies' | 'offers' | 'seeks' | 'markets' | 'languages'
> & { slug: string }

/** What scoring needs to know of the taxonomy: labels, material criticality, technologies' materials. */
export type MatchTaxonomy = {
  label: (kind: 'role' | 'material' | 'technology' | 'cooperation' | 'market', code: string) => string
  criticality: (material: string) => 'strategic' | 'critical' | 'other'
  typicalMaterials: (technology: string) => string[]
}

export type Match = { score: number; band: ScoreBand; reasons: string[] }

const intersect = (a: string[], b: string[]) => a.filter((item) => b.includes(item))
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

function describeLink(link: RoleLink) {
  const mine = roleVerbs[link.mine] ?? link.mine
  const theirs = roleVerbs[link.theirs] ?? link.theirs
  switch (link.kind) {
    case 'feeds':
      return `You ${mine} and they ${theirs}: your output is their input.`
    case 'fed-by':
      return `They ${theirs} and you ${mine}: their output is your input.`
    case 'serves':
      return `You ${mine}, which serves what they do (they ${theirs}).`
    case 'served-by':
      return `They ${theirs}, which serves what you do (you ${mine}).`
  }
}

const linkStrength = (link: RoleLink) =>
  link.kind === 'feeds' || link.kind === 'fed-by' ? w.roleFeeds : w.roleServes

/**
 * How well `them` complements `me`, with the reasons in plain words. Complementary roles and needs
 * count most; shared tags count less; same roles with nothing complementary count against.
 */
export function scorePair(me: MatchProfile, them: MatchProfile, taxonomy: MatchTaxonomy): Match {
  const reasons: string[] = []
  let score = 0

  // Value chain: the strongest link between any of my roles and any of theirs.
  const links = me.roles
    .flatMap((mine) => them.roles.map((theirs) => linkBetween(mine, theirs)))
    .filter((link) => link !== null)
  const best = links.sort((a, b) => linkStrength(b) - linkStrength(a))[0]
  if (best) {
    score += linkStrength(best)
    reasons.push(describeLink(best))
  }

  // Needs: what they offer that I seek, and what I offer that they seek.
  const theyOfferISeek = intersect(them.offers, me.seeks)
  const iOfferTheySeek = intersect(me.offers, them.seeks)
  if (theyOfferISeek.length) {
    score += w.offerMeetsSeek
    reasons.push(
      `They offer ${list(theyOfferISeek.map((code) => taxonomy.label('cooperation', code).toLowerCase()))}, which you seek.`,
    )
  }
  if (iOfferTheySeek.length) {
    score += w.offerMeetsSeek
    reasons.push(
      `They seek ${list(iOfferTheySeek.map((code) => taxonomy.label('cooperation', code).toLowerCase()))}, which you offer.`,
    )
  }
  if (theyOfferISeek.length && iOfferTheySeek.length) score += w.mutualFit

  // Likely competitors: the same roles and nothing that complements.
  const sameRoles = intersect(me.roles, them.roles)
  if (!best && !theyOfferISeek.length && !iOfferTheySeek.length && sameRoles.length) {
    score += w.competitorPenalty
    reasons.push(
      `You both ${list(sameRoles.map((role) => roleVerbs[role] ?? role))}: more likely competitors than partners.`,
    )
  }

  // Materials, weighted by criticality.
  const sharedMaterials = intersect(me.materials, them.materials)
  if (sharedMaterials.length) {
    const weight = sharedMaterials.reduce((sum, code) => {
      const level = taxonomy.criticality(code)
      return (
        sum +
        (level === 'strategic'
          ? w.materialEuStrategic
          : level === 'critical'
            ? w.materialCritical
            : w.materialOther)
      )
    }, 0)
    score += Math.min(w.materialsCap, weight)
    const strategic = sharedMaterials.filter((code) => taxonomy.criticality(code) === 'strategic')
    reasons.push(
      `You both work with ${list(sharedMaterials.map((code) => taxonomy.label('material', code)))}` +
        (strategic.length
          ? ` (EU strategic: ${list(strategic.map((code) => taxonomy.label('material', code)))}).`
          : '.'),
    )
  }

  // Technologies, and materials a technology implies that the other side handles.
  const sharedTechnologies = intersect(me.technologies, them.technologies)
  if (sharedTechnologies.length) {
    score += Math.min(w.technologiesCap, sharedTechnologies.length * w.sharedTechnology)
    reasons.push(
      `You both work on ${list(sharedTechnologies.map((code) => taxonomy.label('technology', code).toLowerCase()))}.`,
    )
  }
  const implied = new Set<string>()
  for (const technology of them.technologies.filter((code) => !me.technologies.includes(code))) {
    for (const material of intersect(taxonomy.typicalMaterials(technology), me.materials)) {
      if (!sharedMaterials.includes(material)) implied.add(material)
    }
  }
  for (const technology of me.technologies.filter((code) => !them.technologies.includes(code))) {
    for (const material of intersect(taxonomy.typicalMaterials(technology), them.materials)) {
      if (!sharedMaterials.includes(material)) implied.add(material)
    }
  }
  if (implied.size) {
    score += Math.min(w.impliedMaterialsCap, implied.size * w.impliedMaterial)
    reasons.push(
      `Your technologies and their materials meet in ${list([...implied].map((code) => taxonomy.label('material', code)))}.`,
    )
  }

  // Third-country markets and a language to work in.
  const sharedMarkets = intersect(me.markets, them.markets)
  if (sharedMarkets.length) {
    score += Math.min(w.marketsCap, sharedMarkets.length * w.sharedMarket)
    reasons.push(`You both target ${list(sharedMarkets.map((code) => taxonomy.label('market', code)))}.`)
  }
  const sharedLanguages = intersect(me.languages, them.languages)
  const beyondEnglish = sharedLanguages.filter((code) => code !== 'en')
  if (beyondEnglish.length) {
    score += w.sharedLanguage
    const names = beyondEnglish.map(
      (code) => languageNames[code as (typeof businessLanguages)[number]]?.en ?? code,
    )
    reasons.push(`You can work in ${list(names)}.`)
  } else if (sharedLanguages.length) {
    score += w.sharedEnglishOnly
  }

  const bounded = Math.max(0, Math.min(100, score))
  return { score: bounded, band: bandOf(bounded), reasons }
}
