import type { companySizes, ProfileFields } from './profile-fields'

/** The editable part of a profile, as stored in revisions and compared for conflicts. */
export type ProfileSnapshot = {
  name: string
  nameJa: string | null
  country: string
  city: string | null
  website: string | null
  size: (typeof companySizes)[number] | null
  yearFounded: number | null
  description: string
  descriptionJa: string | null
  roles: string[]
  materials: string[]
  technologies: string[]
  offers: string[]
  seeks: string[]
  markets: string[]
  languages: string[]
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
}

export const snapshotKeys = [
  'name',
  'nameJa',
  'country',
  'city',
  'website',
  'size',
  'yearFounded',
  'description',
  'descriptionJa',
  'roles',
  'materials',
  'technologies',
  'offers',
  'seeks',
  'markets',
  'languages',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const satisfies readonly (keyof ProfileFields)[]

export function toSnapshot(source: Record<(typeof snapshotKeys)[number], unknown>): ProfileSnapshot {
  return Object.fromEntries(snapshotKeys.map((key) => [key, source[key] ?? null])) as ProfileSnapshot
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The fields whose values differ between two snapshots. */
export function changedFields(before: ProfileSnapshot, after: ProfileSnapshot) {
  return snapshotKeys.filter((key) => !same(before[key], after[key]))
}
