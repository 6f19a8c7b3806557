/**
 * Which value-chain roles complement which. The industrial loop runs
 *   extraction -> refining -> materials -> components -> product-development -> use -> collection
 *   -> dismantling -> recycling -> refining (and recycling -> materials)
 * where each role's output is the next one's input. Process development and research serve every
 * industrial role; services serve every role.
 */
export const feeds: Record<string, string[]> = {
  extraction: ['refining'],
  refining: ['materials'],
  materials: ['components'],
  components: ['product-development'],
  'product-development': ['use'],
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

export type RoleLink = { kind: 'feeds' | 'fed-by' | 'serves' | 'served-by'; mine: string; theirs: string }

/** How one of my roles relates to one of theirs, if at all. */
export function linkBetween(mine: string, theirs: string): RoleLink | null {
  if (feeds[mine]?.includes(theirs)) return { kind: 'feeds', mine, theirs }
  if (feeds[theirs]?.includes(mine)) return { kind: 'fed-by', mine, theirs }
  if (
    (servesIndustry.has(mine) && industrialRoles.includes(theirs)) ||
    (mine === 'services' && theirs !== 'services')
  ) {
    return { kind: 'serves', mine, theirs }
  }
  if (
    (servesIndustry.has(theirs) && industrialRoles.includes(mine)) ||
    (theirs === 'services' && mine !== 'services')
  ) {
    return { kind: 'served-by', mine, theirs }
  }
  return null
}

/** Roles that complement any of these (for finding candidates in the database). */
export function complementaryRoles(roles: string[]): string[] {
  const all = [...industrialRoles, 'process-development', 'research', 'services']
  return all.filter((candidate) => roles.some((mine) => linkBetween(mine, candidate)))
}
