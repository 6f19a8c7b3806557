import { createHash } from 'node:crypto'
import slugify from 'slugify'
import type { Prisma } from '~/generated/prisma/client'
import { regionOf } from '~/modules/taxonomy/countries'
import type { ProfileFields } from './profile-fields'
import { toSnapshot } from './snapshot'
import { streamCodes } from './streams'

/** Lower-cased names, descriptions and city in both languages: what directory search reads. */
export function searchTextOf(
  fields: Pick<ProfileFields, 'name' | 'nameJa' | 'description' | 'descriptionJa' | 'city'>,
) {
  return [fields.name, fields.nameJa, fields.city, fields.description, fields.descriptionJa]
    .filter(Boolean)
    .join('\n')
    .toLowerCase()
}

/** The database columns for a profile's fields: the snapshot's fields (snapshot.ts) and those derived from them. */
export function organisationData(fields: ProfileFields) {
  const { streams, ...stored } = toSnapshot(fields)
  const flows = streamCodes(streams)
  return {
    ...stored,
    streams: streams as Prisma.InputJsonValue,
    region: regionOf(fields.country),
    suppliesStreams: flows.supplies,
    takesStreams: flows.takes,
    searchText: searchTextOf(fields),
  } satisfies Prisma.OrganisationUncheckedUpdateInput
}

/**
 * A readable address part from the name; for a name without Latin letters (e.g. only Japanese), one
 * derived from its hash. The same name always gives the same slug, so re-imports find their rows.
 */
export function slugFor(name: string) {
  const base = slugify(name, { lower: true, strict: true }).slice(0, 60).replace(/-+$/, '')
  return base.length >= 2 ? base : `org-${createHash('sha256').update(name).digest('hex').slice(0, 10)}`
}

export const isValidSlug = (slug: string) => /^[a-z0-9][a-z0-9-]{1,79}$/.test(slug)
