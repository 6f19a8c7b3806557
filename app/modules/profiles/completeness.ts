import type { ProfileSnapshot } from './snapshot'

const optionalParts: { label: string; present: (profile: ProfileSnapshot) => boolean }[] = [
  { label: 'Japanese name', present: (p) => Boolean(p.nameJa) },
  { label: 'City', present: (p) => Boolean(p.city) },
  { label: 'Website', present: (p) => Boolean(p.website) },
  { label: 'Company size', present: (p) => Boolean(p.size) },
  { label: 'Year founded', present: (p) => Boolean(p.yearFounded) },
  { label: 'Description in Japanese', present: (p) => Boolean(p.descriptionJa) },
  { label: 'Materials', present: (p) => Boolean(p.materials?.length) },
  { label: 'Technologies', present: (p) => Boolean(p.technologies?.length) },
  { label: 'What you offer', present: (p) => Boolean(p.offers?.length) },
  { label: 'What you seek', present: (p) => Boolean(p.seeks?.length) },
  { label: 'Target markets', present: (p) => Boolean(p.markets?.length) },
  { label: 'Languages of business', present: (p) => Boolean(p.languages?.length) },
  { label: 'Contact person', present: (p) => Boolean(p.contactName && p.contactEmail) },
]

/** How complete a profile is (required fields count as done) and what would complete it. */
export function profileCompleteness(profile: ProfileSnapshot) {
  const missing = optionalParts.filter((part) => !part.present(profile)).map((part) => part.label)
  const required = 5 // name, country, description, roles, and the profile itself
  const total = required + optionalParts.length
  return { percent: Math.round(((total - missing.length) / total) * 100), missing }
}
