import { randomBytes } from 'node:crypto'
import slugify from 'slugify'
import type { Prisma } from '~/generated/prisma/client'
import { regionOf } from '~/modules/taxonomy/countries'
import type { ProfileFields } from './profile-fields'

/** Lower-cased names, descriptions and city in both languages: what directory search reads. */
export function searchTextOf(fields: Pick<ProfileFields, 'name' | 'nameJa' | 'description' | 'descriptionJa' | 'city'>) {
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
    contactName: fields.contactName ?? null,
    contactEmail: fields.contactEmail ?? null,
    contactPhone: fields.contactPhone ?? null,
    searchText: searchTextOf(fields),
  } satisfies Prisma.OrganisationUncheckedUpdateInput
}

/** A readable, unique-enough address part: the name's slug, or a random one for names without Latin letters. */
export function slugFor(name: string) {
  const base = slugify(name, { lower: true, strict: true }).slice(0, 60).replace(/-+$/, '')
  return base.length >= 2 ? base : `org-${randomBytes(3).toString('hex')}`
}

export const isValidSlug = (slug: string) => /^[a-z0-9][a-z0-9-]{1,79}$/.test(slug)
