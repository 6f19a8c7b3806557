/**
 * Which value-chain roles complement which. The industrial loop runs
 *   extraction -> refining -> materials -> components -> product-development -> use -> collection
 *   -> dismantling -> recycling -> refining (and recycling -> materials)
 * where each role's output is the next one's input; besides, component makers' production scrap goes
 * to recycling and product makers take their products back through collection. Process development
 * and research serve every industrial role; services serve every role.
 */
export const feeds: Record<string, string[]> = {
  extraction: ['refining'],
  refining: ['materials'],
  materials: ['components'],
  components: ['product-development', 'recycling'],
  'product-development': ['use', 'collection'],
  use: ['collection'],
  collection: ['dismantling'],
  dismantling: ['recycling'],
  recycling: ['refining', 'materials'],
}

export const industrialRoles = [
  'extraction',
  'refining',
  'materials',
  'components',
  'product-development',
  'use',
  'collection',
  'dismantling',
  'recycling',
]

const servesIndustry = new Set(['process-development', 'research'])
const skippable = new Set(['refining', 'materials'])

/**
 * How one organisation's role relates to another's. `feeds`: my role's output is the input of theirs;
 * `fed-by` the other way; `serves`/`served-by`: research, process development or services for the other.
 */
export type RoleLink = {
  kind: 'feeds' | 'fed-by' | 'serves' | 'served-by'
  mine: string
  theirs: string
  /** A step neither organisation does, between the two (refining -> materials -> components). */
  via?: string
}

const serves = (role: string, other: string) =>
  (servesIndustry.has(role) && industrialRoles.includes(other)) ||
  (role === 'services' && other !== 'services')

/**
 * The links between two organisations' roles along which one needs the other. A role feeds another only
 * where the supplying organisation does not do that next step itself: two recyclers-and-refiners do not
 * feed each other (each refines its own material), while a dismantler does feed a recycler that also
 * dismantles. Likewise research serves only an organisation that does not do research itself.
 */
export function roleLinks(myRoles: string[], theirRoles: string[]): RoleLink[] {
  const links: RoleLink[] = []
  // Only a processing step may be skipped (refined metal reaching a component maker through a materials
  // maker); later steps decide who handles a product, so they are never assumed.
  const neither = (role: string) =>
    skippable.has(role) && !myRoles.includes(role) && !theirRoles.includes(role)
  const through = (from: string, to: string) =>
    (feeds[from] ?? []).find((step) => neither(step) && feeds[step]?.includes(to))
  for (const mine of myRoles) {
    for (const theirs of theirRoles) {
      if (!myRoles.includes(theirs)) {
        const via = feeds[mine]?.includes(theirs) ? undefined : through(mine, theirs)
        if (feeds[mine]?.includes(theirs) || via)
          links.push({ kind: 'feeds', mine, theirs, ...(via ? { via } : {}) })
      }
      if (!theirRoles.includes(mine)) {
        const via = feeds[theirs]?.includes(mine) ? undefined : through(theirs, mine)
        if (feeds[theirs]?.includes(mine) || via)
          links.push({ kind: 'fed-by', mine, theirs, ...(via ? { via } : {}) })
      }
      if (serves(mine, theirs) && !theirRoles.includes(mine)) links.push({ kind: 'serves', mine, theirs })
      if (serves(theirs, mine) && !myRoles.includes(theirs)) links.push({ kind: 'served-by', mine, theirs })
    }
  }
  return links
}

/** Roles that complement any of these (for finding candidates in the database). */
export function complementaryRoles(roles: string[]): string[] {
  const all = [...industrialRoles, 'process-development', 'research', 'services']
  return all.filter((candidate) => roleLinks(roles, [candidate]).length > 0)
}
