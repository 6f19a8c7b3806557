import type { Locale } from '~/modules/i18n/locales'
import { messagesFor, type Messages } from '~/modules/i18n/messages'
import { languageName } from '~/modules/profiles/profile-fields'
import type { ProfileSnapshot } from '~/modules/profiles/snapshot'
import { linkBetween, type RoleLink } from './value-chain'
import { bandOf, matchWeights as w, type ScoreBand } from './weights'

export type MatchProfile = Pick<
  ProfileSnapshot,
  'name' | 'country' | 'roles' | 'materials' | 'technologies' | 'offers' | 'seeks' | 'markets' | 'languages'
> & { slug: string }

/**
 * What scoring needs to know of the taxonomy: labels (in the language the reasons are written in),
 * material criticality, technologies' materials.
 */
export type MatchTaxonomy = {
  locale: Locale
  label: (kind: 'role' | 'material' | 'technology' | 'cooperation' | 'market', code: string) => string
  criticality: (material: string) => 'strategic' | 'critical' | 'other'
  typicalMaterials: (technology: string) => string[]
}

export type Match = { score: number; band: ScoreBand; reasons: string[] }

type ReasonTexts = Messages['matching']['reasons']

const intersect = (a: string[], b: string[]) => a.filter((item) => b.includes(item))

function describeLink(link: RoleLink, texts: ReasonTexts) {
  const phrases = {
    mine: texts.roleVerbs[link.mine] ?? link.mine,
    theirs: texts.roleVerbs[link.theirs] ?? link.theirs,
  }
  switch (link.kind) {
    case 'feeds':
      return texts.feeds(phrases)
    case 'fed-by':
      return texts.fedBy(phrases)
    case 'serves':
      return texts.serves(phrases)
    case 'served-by':
      return texts.servedBy(phrases)
  }
}

const linkStrength = (link: RoleLink) =>
  link.kind === 'feeds' || link.kind === 'fed-by' ? w.roleFeeds : w.roleServes

/** What makes a pair fit, as codes: the score is computed from it, the reasons are written from it. */
export type FitPart =
  | { kind: 'role-link'; link: RoleLink }
  | { kind: 'they-offer' | 'they-seek'; codes: string[] }
  | { kind: 'competitors'; roles: string[] }
  | { kind: 'materials'; codes: string[]; strategic: string[] }
  | { kind: 'technologies'; codes: string[] }
  | { kind: 'implied-materials'; codes: string[] }
  | { kind: 'markets'; codes: string[] }
  | { kind: 'languages'; codes: string[] }

export type Fit = { score: number; band: ScoreBand; parts: FitPart[] }

/**
 * How well `them` complements `me`. Complementary roles and needs count most; shared tags count less;
 * same roles with nothing complementary count against. Cheap (no text), so that many pairs can be
 * ranked and only the best described.
 */
export function assessFit(me: MatchProfile, them: MatchProfile, taxonomy: MatchTaxonomy): Fit {
  const parts: FitPart[] = []
  let score = 0

  // Value chain: the strongest link between any of my roles and any of theirs.
  let best: RoleLink | null = null
  for (const mine of me.roles) {
    for (const theirs of them.roles) {
      const link = linkBetween(mine, theirs)
      if (link && (!best || linkStrength(link) > linkStrength(best))) best = link
    }
  }
  if (best) {
    score += linkStrength(best)
    parts.push({ kind: 'role-link', link: best })
  }

  // Needs: what they offer that I seek, and what I offer that they seek.
  const theyOfferISeek = intersect(them.offers, me.seeks)
  const iOfferTheySeek = intersect(me.offers, them.seeks)
  if (theyOfferISeek.length) {
    score += w.offerMeetsSeek
    parts.push({ kind: 'they-offer', codes: theyOfferISeek })
  }
  if (iOfferTheySeek.length) {
    score += w.offerMeetsSeek
    parts.push({ kind: 'they-seek', codes: iOfferTheySeek })
  }
  if (theyOfferISeek.length && iOfferTheySeek.length) score += w.mutualFit

  // Likely competitors: the same roles and nothing that complements.
  const sameRoles = intersect(me.roles, them.roles)
  if (!best && !theyOfferISeek.length && !iOfferTheySeek.length && sameRoles.length) {
    score += w.competitorPenalty
    parts.push({ kind: 'competitors', roles: sameRoles })
  }

  // Materials, weighted by criticality.
  const sharedMaterials = intersect(me.materials, them.materials)
  if (sharedMaterials.length) {
    const weights = { strategic: w.materialEuStrategic, critical: w.materialCritical, other: w.materialOther }
    const weight = sharedMaterials.reduce((sum, code) => sum + weights[taxonomy.criticality(code)], 0)
    score += Math.min(w.materialsCap, weight)
    const strategic = sharedMaterials.filter((code) => taxonomy.criticality(code) === 'strategic')
    parts.push({ kind: 'materials', codes: sharedMaterials, strategic })
  }

  // Technologies, and materials a technology implies that the other side handles.
  const sharedTechnologies = intersect(me.technologies, them.technologies)
  if (sharedTechnologies.length) {
    score += Math.min(w.technologiesCap, sharedTechnologies.length * w.sharedTechnology)
    parts.push({ kind: 'technologies', codes: sharedTechnologies })
  }
  const implied = new Set<string>()
  for (const [from, to] of [
    [them, me],
    [me, them],
  ] as const) {
    for (const technology of from.technologies.filter((code) => !to.technologies.includes(code))) {
      for (const material of intersect(taxonomy.typicalMaterials(technology), to.materials)) {
        if (!sharedMaterials.includes(material)) implied.add(material)
      }
    }
  }
  if (implied.size) {
    score += Math.min(w.impliedMaterialsCap, implied.size * w.impliedMaterial)
    parts.push({ kind: 'implied-materials', codes: [...implied] })
  }

  // Third-country markets and a language to work in.
  const sharedMarkets = intersect(me.markets, them.markets)
  if (sharedMarkets.length) {
    score += Math.min(w.marketsCap, sharedMarkets.length * w.sharedMarket)
    parts.push({ kind: 'markets', codes: sharedMarkets })
  }
  const sharedLanguages = intersect(me.languages, them.languages)
  const beyondEnglish = sharedLanguages.filter((code) => code !== 'en')
  if (beyondEnglish.length) {
    score += w.sharedLanguage
    parts.push({ kind: 'languages', codes: beyondEnglish })
  } else if (sharedLanguages.length) {
    score += w.sharedEnglishOnly
  }

  const bounded = Math.max(0, Math.min(100, score))
  return { score: bounded, band: bandOf(bounded), parts }
}

/** The reasons for a fit in plain words, naming the concrete terms, in the taxonomy's language. */
export function describeFit(parts: FitPart[], taxonomy: MatchTaxonomy): string[] {
  const texts = messagesFor(taxonomy.locale).matching.reasons
  const labels = (kind: Parameters<MatchTaxonomy['label']>[0], codes: string[]) =>
    codes.map((code) => taxonomy.label(kind, code))
  const verbs = (roles: string[]) => roles.map((role) => texts.roleVerbs[role] ?? role)
  return parts.map((part) => {
    switch (part.kind) {
      case 'role-link':
        return describeLink(part.link, texts)
      case 'they-offer':
        return texts.theyOffer({ items: labels('cooperation', part.codes).map(texts.inSentence) })
      case 'they-seek':
        return texts.theySeek({ items: labels('cooperation', part.codes).map(texts.inSentence) })
      case 'competitors':
        return texts.competitors({ roles: verbs(part.roles) })
      case 'materials':
        return texts.sharedMaterials({
          items: labels('material', part.codes),
          strategic: labels('material', part.strategic),
        })
      case 'technologies':
        return texts.sharedTechnologies({ items: labels('technology', part.codes).map(texts.inSentence) })
      case 'implied-materials':
        return texts.impliedMaterials({ items: labels('material', part.codes) })
      case 'markets':
        return texts.sharedMarkets({ items: labels('market', part.codes) })
      case 'languages':
        return texts.languages({ items: part.codes.map((code) => languageName(code, taxonomy.locale)) })
    }
  })
}

/** A fit with its reasons written out. */
export function scorePair(me: MatchProfile, them: MatchProfile, taxonomy: MatchTaxonomy): Match {
  const { score, band, parts } = assessFit(me, them, taxonomy)
  return { score, band, reasons: describeFit(parts, taxonomy) }
}
