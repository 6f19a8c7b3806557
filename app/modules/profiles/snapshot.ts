import type { companySizes, ProfileFields } from './profile-fields'
import { readStreams, type StreamEntry } from './streams'

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
  streams: StreamEntry[]
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
}

/**
 * Every field of a profile, once, grouped by how files write them: texts as they are, lists of codes,
 * the streams (split into `supplies` and `takes` in files) and the contact (one object in files).
 * The snapshot, the stored record, the import and export formats and the CSV columns all derive from it.
 */
export const profileKeyGroups = {
  texts: [
    'name',
    'nameJa',
    'country',
    'city',
    'website',
    'size',
    'yearFounded',
    'description',
    'descriptionJa',
  ],
  lists: ['roles', 'materials', 'technologies', 'offers', 'seeks', 'markets', 'languages'],
  streams: ['streams'],
  contact: ['contactName', 'contactEmail', 'contactPhone'],
} as const satisfies Record<string, readonly (keyof ProfileFields)[]>

export const snapshotKeys = [
  ...profileKeyGroups.texts,
  ...profileKeyGroups.lists,
  ...profileKeyGroups.streams,
  ...profileKeyGroups.contact,
] as const

/** The snapshot of a stored organisation or of saved fields; revisions from before streams have none. */
export function toSnapshot(source: Partial<Record<(typeof snapshotKeys)[number], unknown>>): ProfileSnapshot {
  const snapshot = Object.fromEntries(snapshotKeys.map((key) => [key, source[key] ?? null]))
  return { ...snapshot, streams: readStreams(source.streams ?? []) } as ProfileSnapshot
}

// An absent list and an empty one say the same (older revisions lack fields added since).
const normalised = (value: unknown) => (value === undefined || value === null ? null : value)
const same = (a: unknown, b: unknown) => {
  const [x, y] = [normalised(a), normalised(b)]
  if ((x === null && Array.isArray(y) && !y.length) || (y === null && Array.isArray(x) && !x.length))
    return true
  return JSON.stringify(x) === JSON.stringify(y)
}

/** The fields whose values differ between two snapshots. */
export function changedFields(before: ProfileSnapshot, after: ProfileSnapshot) {
  return snapshotKeys.filter((key) => !same(before[key], after[key]))
}
