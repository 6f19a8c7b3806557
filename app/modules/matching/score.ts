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

/**
 * How well `them` complements `me`, with the reasons in plain words. Complementary roles and needs
 * count most; shared tags count less; same roles with nothing complementary count against.
 */
export function scorePair(me: MatchProfile, them: MatchProfile, taxonomy: MatchTaxonomy): Match {
  const texts = messagesFor(taxonomy.locale).matching.reasons
  const labels = (kind: Parameters<MatchTaxonomy['label']>[0], codes: string[]) =>
    codes.map((code) => taxonomy.label(kind, code))
  const reasons: string[] = []
  let score = 0

  // Value chain: the strongest link between any of my roles and any of theirs.
  const links = me.roles
    .flatMap((mine) => them.roles.map((theirs) => linkBetween(mine, theirs)))
    .filter((link) => link !== null)
  const best = links.sort((a, b) => linkStrength(b) - linkStrength(a))[0]
  if (best) {
    score += linkStrength(best)
    reasons.push(describeLink(best, texts))
  }

  // Needs: what they offer that I seek, and what I offer that they seek.
  const theyOfferISeek = intersect(them.offers, me.seeks)
  const iOfferTheySeek = intersect(me.offers, them.seeks)
  if (theyOfferISeek.length) {
    score += w.offerMeetsSeek
    reasons.push(texts.theyOffer({ items: labels('cooperation', theyOfferISeek).map(texts.inSentence) }))
  }
  if (iOfferTheySeek.length) {
    score += w.offerMeetsSeek
    reasons.push(texts.theySeek({ items: labels('cooperation', iOfferTheySeek).map(texts.inSentence) }))
  }
  if (theyOfferISeek.length && iOfferTheySeek.length) score += w.mutualFit

  // Likely competitors: the same roles and nothing that complements.
  const sameRoles = intersect(me.roles, them.roles)
  if (!best && !theyOfferISeek.length && !iOfferTheySeek.length && sameRoles.length) {
    score += w.competitorPenalty
    reasons.push(texts.competitors({ roles: sameRoles.map((role) => texts.roleVerbs[role] ?? role) }))
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
      texts.sharedMaterials({
        items: labels('material', sharedMaterials),
        strategic: labels('material', strategic),
      }),
    )
  }

  // Technologies, and materials a technology implies that the other side handles.
  const sharedTechnologies = intersect(me.technologies, them.technologies)
  if (sharedTechnologies.length) {
    score += Math.min(w.technologiesCap, sharedTechnologies.length * w.sharedTechnology)
    reasons.push(
      texts.sharedTechnologies({ items: labels('technology', sharedTechnologies).map(texts.inSentence) }),
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
    reasons.push(texts.impliedMaterials({ items: labels('material', [...implied]) }))
  }

  // Third-country markets and a language to work in.
  const sharedMarkets = intersect(me.markets, them.markets)
  if (sharedMarkets.length) {
    score += Math.min(w.marketsCap, sharedMarkets.length * w.sharedMarket)
    reasons.push(texts.sharedMarkets({ items: labels('market', sharedMarkets) }))
  }
  const sharedLanguages = intersect(me.languages, them.languages)
  const beyondEnglish = sharedLanguages.filter((code) => code !== 'en')
  if (beyondEnglish.length) {
    score += w.sharedLanguage
    reasons.push(texts.languages({ items: beyondEnglish.map((code) => languageName(code, taxonomy.locale)) }))
  } else if (sharedLanguages.length) {
    score += w.sharedEnglishOnly
  }

  const bounded = Math.max(0, Math.min(100, score))
  return { score: bounded, band: bandOf(bounded), reasons }
}
