import { createHash } from 'node:crypto'
import slugify from 'slugify'
import type { Prisma } from '~/generated/prisma/client'
import { regionOf } from '~/modules/taxonomy/countries'
import type { ProfileFields } from './profile-fields'
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

/** The database columns for a profile's fields (derived ones included). */
export function organisationData(fields: ProfileFields) {
  return {
    name: fields.name,
    nameJa: fields.nameJa ?? null,
    country: fields.country,
    region: regionOf(fields.country),
    city: fields.city ?? null,
    website: fields.website ?? null,
    size: fields.size ?? null,
    yearFounded: fields.yearFounded ?? null,
    description: fields.description,
    descriptionJa: fields.descriptionJa ?? null,
    roles: fields.roles,
    materials: fields.materials,
    technologies: fields.technologies,
    offers: fields.offers,
    seeks: fields.seeks,
    markets: fields.markets,
    languages: fields.languages,
    streams: fields.streams,
    suppliesStreams: streamCodes(fields.streams).supplies,
    takesStreams: streamCodes(fields.streams).takes,
    contactName: fields.contactName ?? null,
    contactEmail: fields.contactEmail ?? null,
    contactPhone: fields.contactPhone ?? null,
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
