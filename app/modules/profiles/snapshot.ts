import type { ProfileFields } from './profile-fields'

/** The editable part of a profile, as stored in revisions and compared for conflicts. */
export type ProfileSnapshot = Required<{ [K in keyof ProfileFields]: ProfileFields[K] | null }>

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
