import type { ProfileSnapshot } from './snapshot'

const optionalParts = [
  { part: 'nameJa', present: (p) => Boolean(p.nameJa) },
  { part: 'city', present: (p) => Boolean(p.city) },
  { part: 'website', present: (p) => Boolean(p.website) },
  { part: 'size', present: (p) => Boolean(p.size) },
  { part: 'yearFounded', present: (p) => Boolean(p.yearFounded) },
  { part: 'descriptionJa', present: (p) => Boolean(p.descriptionJa) },
  { part: 'materials', present: (p) => Boolean(p.materials?.length) },
  { part: 'technologies', present: (p) => Boolean(p.technologies?.length) },
  { part: 'offers', present: (p) => Boolean(p.offers?.length) },
  { part: 'seeks', present: (p) => Boolean(p.seeks?.length) },
  { part: 'markets', present: (p) => Boolean(p.markets?.length) },
  { part: 'languages', present: (p) => Boolean(p.languages?.length) },
  { part: 'contact', present: (p) => Boolean(p.contactName && p.contactEmail) },
] as const satisfies { part: string; present: (profile: ProfileSnapshot) => boolean }[]

export type CompletenessPart = (typeof optionalParts)[number]['part']

/** How complete a profile is (required fields count as done) and what would complete it. */
export function profileCompleteness(profile: ProfileSnapshot) {
  const missing = optionalParts
    .filter((entry) => !entry.present(profile))
    .map((entry): CompletenessPart => entry.part)
  const required = 5 // name, country, description, roles, and the profile itself
  const total = required + optionalParts.length
  return { percent: Math.round(((total - missing.length) / total) * 100), missing }
}
