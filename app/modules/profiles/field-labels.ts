import type { ProfileSnapshot } from './snapshot'

export const fieldLabels: Record<keyof ProfileSnapshot, string> = {
  name: 'Name',
  nameJa: 'Name in Japanese',
  country: 'Country',
  city: 'City',
  website: 'Website',
  size: 'Size',
  yearFounded: 'Year founded',
  description: 'Description in English',
  descriptionJa: 'Description in Japanese',
  roles: 'Value-chain roles',
  materials: 'Metals and materials',
  technologies: 'Technologies',
  offers: 'What you offer',
  seeks: 'What you seek',
  markets: 'Target markets',
  languages: 'Languages of business',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
}

/** A stored value as a person reads it in a list of changes. */
export function formatFieldValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)'
  return String(value)
}
