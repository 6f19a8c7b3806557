import type { Locale } from '~/modules/i18n/locales'
import { messagesFor, type Messages } from '~/modules/i18n/messages'
import { languageName } from '~/modules/profiles/profile-fields'
import type { ProfileSnapshot } from '~/modules/profiles/snapshot'
import type { StreamEntry } from '~/modules/profiles/streams'
import { countryName } from '~/modules/taxonomy/countries'
import { roleLinks, type RoleLink } from './value-chain'
import { bandOf, matchWeights as w, type ScoreBand } from './weights'

export type MatchProfile = Pick<
  ProfileSnapshot,
  'name' | 'country' | 'roles' | 'materials' | 'technologies' | 'offers' | 'seeks' | 'markets' | 'languages'
> & { slug: string; suppliesStreams: string[]; takesStreams: string[]; streams: StreamEntry[] }

/**
 * What scoring needs to know of the taxonomy: labels (in the language the reasons are written in),
 * material criticality, and the materials technologies contain and streams carry.
 */
export type MatchTaxonomy = {
  locale: Locale
  label: (
    kind: 'role' | 'material' | 'technology' | 'cooperation' | 'market' | 'stream',
    code: string,
  ) => string
  criticality: (material: string) => 'strategic' | 'critical' | 'other'
  typicalMaterials: (technology: string) => string[]
  streamMaterials: (stream: string) => string[]
}

export type Match = { score: number; band: ScoreBand; likeYours: boolean; reasons: string[] }

/** Which way something flows: to the reader ("me") or from the reader to them. */
export type Flow = 'to-me' | 'to-them'

/** What makes a pair fit, as codes: the score is computed from it, the reasons are written from it. */
export type FitPart =
  | { kind: 'stream-flow'; flow: Flow; stream: string }
  | { kind: 'stream-carries'; flow: Flow; stream: string; materials: string[] }
  | { kind: 'role-flow'; link: RoleLink; materials: string[]; strength: 'full' | 'partial' }
  | { kind: 'role-weak'; link: RoleLink }
  | { kind: 'serves'; link: RoleLink }
  | { kind: 'they-offer' | 'they-seek'; codes: string[] }
  | { kind: 'like-yours'; roles: string[]; materials: string[]; technologies: string[] }
  | { kind: 'materials'; codes: string[]; strategic: string[] }
  | { kind: 'technologies'; codes: string[] }
  | { kind: 'implied-materials'; owner: 'me' | 'them'; technologies: string[]; materials: string[] }
  | { kind: 'markets'; codes: string[] }
  | { kind: 'languages'; codes: string[] }

/**
 * `likeYours`: the same (or nearly the same) roles on the same materials, technologies or streams, with
 * nothing that flows between them: competitors more likely than partners. Never ranked among partners.
 */
export type Fit = { score: number; band: ScoreBand; likeYours: boolean; parts: FitPart[] }

const intersect = (a: readonly string[], b: readonly string[]) => a.filter((item) => b.includes(item))

/**
 * Which overlap a cooperation code needs before offering it meets a need: raw materials and recycling
 * services mean little without a material in common, licensing or R&D without a technology or material
 * in common; investment and market access fit any pair (and say less). A code staff add later counts as
 * needing a technology or material in common.
 */
const needContext: Record<string, 'material' | 'topic' | 'general'> = {
  'raw-materials': 'material',
  'recycling-services': 'material',
  'component-supply': 'topic',
  'technology-licensing': 'topic',
  'joint-rd': 'topic',
  'equipment-engineering': 'topic',
  'testing-certification': 'topic',
  investment: 'general',
  'market-access': 'general',
}

const feedKinds = new Set<RoleLink['kind']>(['feeds', 'fed-by'])
const flowOf = (link: RoleLink): Flow =>
  link.kind === 'feeds' || link.kind === 'serves' ? 'to-them' : 'to-me'

/**
 * How well `them` complements `me`. Something that can flow between the two (a stream one supplies and
 * the other takes, or a material both handle along a value-chain link) counts most, then needs met; shared
 * tags count less, and never for organisations like `me`. Cheap (no text), so that many pairs can be
 * ranked and only the best described.
 */
export function assessFit(me: MatchProfile, them: MatchProfile, taxonomy: MatchTaxonomy): Fit {
  const sharedMaterials = intersect(me.materials, them.materials)
  const sharedTechnologies = intersect(me.technologies, them.technologies)
  const links = roleLinks(me.roles, them.roles)

  // Streams one side supplies and the other takes.
  const toMe = intersect(them.suppliesStreams, me.takesStreams)
  const toThem = intersect(me.suppliesStreams, them.takesStreams)
  const sameSide =
    intersect(me.suppliesStreams, them.suppliesStreams).length +
    intersect(me.takesStreams, them.takesStreams).length

  // Much of the smaller material list in common: the two work on the same things even without a
  // technology named (copper alone, or cobalt in a magnet, does not make a battery partner).
  const enoughMaterials =
    sharedMaterials.length > 0 &&
    sharedMaterials.length * 2 >= Math.min(me.materials.length, them.materials.length) &&
    sharedMaterials.length * 3 >= Math.max(me.materials.length, them.materials.length)
  const sameRoles = intersect(me.roles, them.roles)
  const roleOverlap = sameRoles.length / Math.max(1, Math.min(me.roles.length, them.roles.length))
  const oneWithinOther =
    me.roles.every((role) => them.roles.includes(role)) || them.roles.every((role) => me.roles.includes(role))
  const direct = links.some((link) => feedKinds.has(link.kind) && !link.via)
  const likeYours =
    sameRoles.length > 0 &&
    (oneWithinOther || (roleOverlap >= 0.5 && !direct)) &&
    !toMe.length &&
    !toThem.length &&
    (sharedTechnologies.length > 0 || enoughMaterials || sameSide > 0)
  if (likeYours) {
    // Ordered among themselves by how alike they are; shared tags never count as fit.
    const score = Math.min(30, sameRoles.length * 5 + sharedTechnologies.length * 3 + sharedMaterials.length)
    const parts: FitPart[] = [
      { kind: 'like-yours', roles: sameRoles, materials: sharedMaterials, technologies: sharedTechnologies },
    ]
    return { score, band: bandOf(score, { flows: false, needMet: false, likeYours: true }), likeYours, parts }
  }

  const parts: FitPart[] = []
  let score = 0
  let flows = false
  let anyFlow = false
  let needMet = false

  if (toMe.length || toThem.length) {
    const count = toMe.length + toThem.length
    score += Math.min(w.streamFlowCap, w.streamFlow + (count - 1) * w.extraStream)
    if (toMe.length && toThem.length) score += w.mutualStreams
    for (const stream of toMe) parts.push({ kind: 'stream-flow', flow: 'to-me', stream })
    for (const stream of toThem) parts.push({ kind: 'stream-flow', flow: 'to-them', stream })
    flows = anyFlow = needMet = true
  }

  // The best value-chain link: one along which a material both handle can flow, if any.
  const feedLinks = links.filter((link) => feedKinds.has(link.kind))
  const streamFlowsAlong = (link: RoleLink) => (flowOf(link) === 'to-me' ? toMe.length : toThem.length) > 0
  const noTechnologyNamed = !me.technologies.length || !them.technologies.length
  // Two or more critical materials in common say as much as a technology in common (iridium and platinum
  // for an electrolyser maker and a PGM refiner); one alone (cobalt in a magnet) does not.
  const criticalInCommon =
    sharedMaterials.filter((code) => taxonomy.criticality(code) !== 'other').length >= 2 && enoughMaterials
  // Different technologies built on the same critical materials (EV motors and permanent magnets), when
  // the two handle one of those materials.
  const relatedTechnologies = me.technologies.some((mine) =>
    them.technologies.some((theirs) => {
      if (mine === theirs) return false
      const common = intersect(taxonomy.typicalMaterials(mine), taxonomy.typicalMaterials(theirs)).filter(
        (code) => taxonomy.criticality(code) !== 'other',
      )
      return common.length >= 3 && common.some((code) => sharedMaterials.includes(code))
    }),
  )
  const materialFlow =
    sharedMaterials.length > 0 &&
    (sharedTechnologies.length > 0 ||
      relatedTechnologies ||
      criticalInCommon ||
      (noTechnologyNamed && enoughMaterials))
  const strength = (link: RoleLink): 'full' | 'partial' | 'none' => {
    if (streamFlowsAlong(link)) return 'full'
    // A step between them that neither does makes the link less direct.
    if (materialFlow) return link.via ? 'partial' : 'full'
    return enoughMaterials ? 'partial' : 'none'
  }
  const rank = { full: 2, partial: 1, none: 0 } as const
  const bestFeed = feedLinks.sort((a, b) => rank[strength(b)] - rank[strength(a)])[0]
  if (bestFeed) {
    const linkStrength = strength(bestFeed)
    if (linkStrength === 'none') {
      score += w.roleWeak
      parts.push({ kind: 'role-weak', link: bestFeed })
    } else {
      score += linkStrength === 'full' ? w.roleFlow : w.rolePartialFlow
      parts.push({ kind: 'role-flow', link: bestFeed, materials: sharedMaterials, strength: linkStrength })
      anyFlow = true
      if (linkStrength === 'full') flows = true
    }
  } else {
    const serving = links.find((link) => !feedKinds.has(link.kind))
    if (serving) {
      const onATopic = sharedTechnologies.length > 0 || sharedMaterials.length > 0
      score += onATopic ? w.roleServes : w.roleServesWeak
      parts.push({ kind: 'serves', link: serving })
      if (onATopic) anyFlow = true
    }
  }

  // A stream one side supplies that carries materials the other handles, downstream of the supplier.
  for (const flow of ['to-me', 'to-them'] as const) {
    if ((flow === 'to-me' ? toMe : toThem).length) continue
    const [supplier, receiver] = flow === 'to-me' ? [them, me] : [me, them]
    const downstream = feedLinks.some((link) => flowOf(link) === flow)
    if (!downstream) continue
    const carried = supplier.suppliesStreams
      .filter((stream) => !receiver.suppliesStreams.includes(stream))
      .map((stream) => ({
        stream,
        materials: intersect(taxonomy.streamMaterials(stream), receiver.materials),
      }))
      // Two materials at least, or all the stream carries: one metal of several is no flow (cobalt
      // in nickel and cobalt sulphate does not make a magnet maker its buyer).
      .filter(
        ({ stream, materials }) =>
          materials.length >= 2 || materials.length === taxonomy.streamMaterials(stream).length,
      )
      .sort((a, b) => b.materials.length - a.materials.length)[0]
    if (carried) {
      score += w.streamCarries
      parts.push({ kind: 'stream-carries', flow, ...carried })
      anyFlow = true
    }
  }

  // Needs: what they offer that I seek, and what I offer that they seek, where the pair gives it sense.
  const inContext = (code: string) => {
    const context = needContext[code] ?? 'topic'
    if (context === 'general') return true
    if (toMe.length + toThem.length > 0) return true
    if (context === 'material') return materialFlow
    return sharedTechnologies.length > 0 || enoughMaterials
  }
  const needWeight = (codes: string[]) =>
    codes.some((code) => needContext[code] !== 'general') ? w.offerMeetsSeek : w.generalOfferMeetsSeek
  const theyOfferISeek = intersect(them.offers, me.seeks).filter(inContext)
  const iOfferTheySeek = intersect(me.offers, them.seeks).filter(inContext)
  if (theyOfferISeek.length) {
    score += needWeight(theyOfferISeek)
    parts.push({ kind: 'they-offer', codes: theyOfferISeek })
  }
  if (iOfferTheySeek.length) {
    score += needWeight(iOfferTheySeek)
    parts.push({ kind: 'they-seek', codes: iOfferTheySeek })
  }
  if (theyOfferISeek.length && iOfferTheySeek.length) score += w.mutualFit
  if ([...theyOfferISeek, ...iOfferTheySeek].some((code) => needContext[code] !== 'general')) needMet = true

  // Materials, weighted by criticality.
  if (sharedMaterials.length) {
    const weights = { strategic: w.materialEuStrategic, critical: w.materialCritical, other: w.materialOther }
    score += Math.min(
      w.materialsCap,
      sharedMaterials.reduce((sum, code) => sum + weights[taxonomy.criticality(code)], 0),
    )
    const strategic = sharedMaterials.filter((code) => taxonomy.criticality(code) === 'strategic')
    parts.push({ kind: 'materials', codes: sharedMaterials, strategic })
  }

  // Technologies, and materials one side's technology contains that the other handles.
  if (sharedTechnologies.length) {
    score += Math.min(w.technologiesCap, sharedTechnologies.length * w.sharedTechnology)
    parts.push({ kind: 'technologies', codes: sharedTechnologies })
  }
  let impliedCount = 0
  for (const owner of ['them', 'me'] as const) {
    const [holder, other] = owner === 'them' ? [them, me] : [me, them]
    const technologies: string[] = []
    const materials = new Set<string>()
    for (const technology of holder.technologies.filter((code) => !other.technologies.includes(code))) {
      const contained = intersect(taxonomy.typicalMaterials(technology), other.materials).filter(
        (code) => !sharedMaterials.includes(code),
      )
      if (!contained.length) continue
      technologies.push(technology)
      for (const code of contained) materials.add(code)
    }
    if (materials.size) {
      parts.push({ kind: 'implied-materials', owner, technologies, materials: [...materials] })
      impliedCount += materials.size
    }
  }
  if (impliedCount) score += Math.min(w.impliedMaterialsCap, impliedCount * w.impliedMaterial)

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

  // Nothing flows and no role links the two: shared tags alone make no partner, and a language alone
  // is no reason at all.
  if (!anyFlow && !links.length && !needMet) score = Math.min(score, 10)
  if (parts.every((part) => part.kind === 'languages')) score = 0

  const bounded = Math.max(0, Math.min(100, score))
  return {
    score: bounded,
    band: bandOf(bounded, { flows, needMet, likeYours: false }),
    likeYours: false,
    parts,
  }
}

const flowingKinds = new Set<FitPart['kind']>(['stream-flow', 'stream-carries', 'role-flow'])

/** Whether something can flow between the two: a stream, or a material both handle along a link. */
export const somethingFlows = (fit: Fit) =>
  !fit.likeYours && fit.parts.some((part) => flowingKinds.has(part.kind))

type ProfileField =
  | 'roles'
  | 'materials'
  | 'technologies'
  | 'offers'
  | 'seeks'
  | 'markets'
  | 'languages'
  | 'suppliesStreams'
  | 'takesStreams'
export type AttributedTerm = { field: ProfileField; code: string }

/**
 * The terms a part says belong to the reader ("you") and to the other ("they"): each must be on that
 * profile, in that field. The reasons are written from exactly these terms (tested as a property).
 */
export function termsOf(part: FitPart): { mine: AttributedTerm[]; theirs: AttributedTerm[] } {
  const on = (field: ProfileField, codes: string[]) => codes.map((code) => ({ field, code }))
  const both = (field: ProfileField, codes: string[]) => ({
    mine: on(field, codes),
    theirs: on(field, codes),
  })
  switch (part.kind) {
    case 'stream-flow':
      return part.flow === 'to-me'
        ? { mine: on('takesStreams', [part.stream]), theirs: on('suppliesStreams', [part.stream]) }
        : { mine: on('suppliesStreams', [part.stream]), theirs: on('takesStreams', [part.stream]) }
    case 'stream-carries':
      return part.flow === 'to-me'
        ? { mine: on('materials', part.materials), theirs: on('suppliesStreams', [part.stream]) }
        : { mine: on('suppliesStreams', [part.stream]), theirs: on('materials', part.materials) }
    case 'role-flow':
      return {
        mine: [...on('roles', [part.link.mine]), ...on('materials', part.materials)],
        theirs: [...on('roles', [part.link.theirs]), ...on('materials', part.materials)],
      }
    case 'role-weak':
    case 'serves':
      return { mine: on('roles', [part.link.mine]), theirs: on('roles', [part.link.theirs]) }
    case 'they-offer':
      return { mine: on('seeks', part.codes), theirs: on('offers', part.codes) }
    case 'they-seek':
      return { mine: on('offers', part.codes), theirs: on('seeks', part.codes) }
    case 'like-yours':
      return {
        mine: [
          ...on('roles', part.roles),
          ...on('materials', part.materials),
          ...on('technologies', part.technologies),
        ],
        theirs: [
          ...on('roles', part.roles),
          ...on('materials', part.materials),
          ...on('technologies', part.technologies),
        ],
      }
    case 'materials':
      return both('materials', part.codes)
    case 'technologies':
      return both('technologies', part.codes)
    case 'implied-materials':
      return part.owner === 'them'
        ? { mine: on('materials', part.materials), theirs: on('technologies', part.technologies) }
        : { mine: on('technologies', part.technologies), theirs: on('materials', part.materials) }
    case 'markets':
      return both('markets', part.codes)
    case 'languages':
      return both('languages', part.codes)
  }
}

type ReasonTexts = Messages['matching']['reasons']

function roleSentence(link: RoleLink, texts: ReasonTexts, materials: string[] | null) {
  const phrases = {
    mine: texts.roleVerbs[link.mine] ?? link.mine,
    theirs: texts.roleVerbs[link.theirs] ?? link.theirs,
  }
  switch (link.kind) {
    case 'feeds':
      return materials ? texts.feedsWithFlow({ ...phrases, items: materials }) : texts.feedsWeakly(phrases)
    case 'fed-by':
      return materials ? texts.fedByWithFlow({ ...phrases, items: materials }) : texts.fedByWeakly(phrases)
    case 'serves':
      return texts.serves(phrases)
    case 'served-by':
      return texts.servedBy(phrases)
  }
}

/** The quantity and places the supplier gave for a stream, as words. */
function streamDetails(supplier: MatchProfile, stream: string, taxonomy: MatchTaxonomy, texts: ReasonTexts) {
  const entry = supplier.streams.find(
    (candidate) => candidate.direction === 'supplies' && candidate.stream === stream,
  )
  if (!entry) return []
  const locale = taxonomy.locale
  return [
    entry.tonnesPerYear
      ? texts.perYear({ tonnes: entry.tonnesPerYear.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-GB') })
      : null,
    entry.countries.length
      ? texts.fromPlaces({ places: entry.countries.map((code) => countryName(code, locale)) })
      : null,
  ].filter((detail): detail is string => detail !== null)
}

/**
 * The reasons for a fit in plain words, naming the concrete terms, in the taxonomy's language. `me` and
 * `them` give the details (quantities, places) of the streams named.
 */
export function describeFit(
  parts: FitPart[],
  taxonomy: MatchTaxonomy,
  pair?: { me: MatchProfile; them: MatchProfile },
): string[] {
  const texts = messagesFor(taxonomy.locale).matching.reasons
  const labels = (kind: Parameters<MatchTaxonomy['label']>[0], codes: string[]) =>
    codes.map((code) => taxonomy.label(kind, code))
  const inSentence = (kind: Parameters<MatchTaxonomy['label']>[0], codes: string[]) =>
    labels(kind, codes).map(texts.inSentence)
  const verbs = (roles: string[]) => roles.map((role) => texts.roleVerbs[role] ?? role)
  return parts.map((part) => {
    switch (part.kind) {
      case 'stream-flow': {
        const stream = inSentence('stream', [part.stream])[0]!
        const supplier = part.flow === 'to-me' ? pair?.them : pair?.me
        const details = supplier ? streamDetails(supplier, part.stream, taxonomy, texts) : []
        return part.flow === 'to-me'
          ? texts.theySupplyYouTake({ stream, details })
          : texts.youSupplyTheyTake({ stream, details })
      }
      case 'stream-carries': {
        const args = {
          stream: inSentence('stream', [part.stream])[0]!,
          items: inSentence('material', part.materials),
        }
        return part.flow === 'to-me' ? texts.theirStreamCarries(args) : texts.yourStreamCarries(args)
      }
      case 'role-flow':
        return roleSentence(part.link, texts, inSentence('material', part.materials))
      case 'role-weak':
      case 'serves':
        return roleSentence(part.link, texts, null)
      case 'they-offer':
        return texts.theyOffer({ items: inSentence('cooperation', part.codes) })
      case 'they-seek':
        return texts.theySeek({ items: inSentence('cooperation', part.codes) })
      case 'like-yours':
        return texts.likeYours({
          roles: verbs(part.roles),
          items: [...inSentence('technology', part.technologies), ...inSentence('material', part.materials)],
        })
      case 'materials':
        return texts.sharedMaterials({
          items: inSentence('material', part.codes),
          strategic: inSentence('material', part.strategic),
        })
      case 'technologies':
        return texts.sharedTechnologies({ items: inSentence('technology', part.codes) })
      case 'implied-materials': {
        const args = {
          technologies: inSentence('technology', part.technologies),
          items: inSentence('material', part.materials),
        }
        return part.owner === 'them'
          ? texts.theirTechnologyContains(args)
          : texts.yourTechnologyContains(args)
      }
      case 'markets':
        return texts.sharedMarkets({ items: labels('market', part.codes) })
      case 'languages':
        return texts.languages({ items: part.codes.map((code) => languageName(code, taxonomy.locale)) })
    }
  })
}

/** A fit with its reasons written out. */
export function scorePair(me: MatchProfile, them: MatchProfile, taxonomy: MatchTaxonomy): Match {
  const { score, band, likeYours, parts } = assessFit(me, them, taxonomy)
  return { score, band, likeYours, reasons: describeFit(parts, taxonomy, { me, them }) }
}
