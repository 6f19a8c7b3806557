import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'
import { profileFieldsSchema, type ProfileFields } from './profile-fields'

/**
 * One organisation in an import (or export) file. Documented in the README; unknown keys are errors,
 * so that a misspelt field is reported rather than silently ignored.
 */
export const importRowSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, errorMessage('slugInvalid'))
    .optional(),
  name: z.unknown(),
  nameJa: z.unknown().optional(),
  country: z.unknown(),
  city: z.unknown().optional(),
  website: z.unknown().optional(),
  size: z.unknown().optional(),
  yearFounded: z.unknown().optional(),
  description: z.unknown(),
  descriptionJa: z.unknown().optional(),
  roles: z.array(z.string(), { error: errorMessage('codeListRequired') }),
  materials: z.array(z.string(), { error: errorMessage('codeListRequired') }),
  technologies: z.array(z.string(), { error: errorMessage('codeListRequired') }),
  offers: z.array(z.string(), { error: errorMessage('codeListRequired') }),
  seeks: z.array(z.string(), { error: errorMessage('codeListRequired') }),
  markets: z.array(z.string(), { error: errorMessage('codeListRequired') }),
  languages: z.array(z.string(), { error: errorMessage('languageListRequired') }).optional(),
  contact: z
    .strictObject({
      name: z.string({ error: errorMessage('contactNameRequired') }),
      email: z.string({ error: errorMessage('contactEmailRequired') }),
      phone: z.string().optional(),
    })
    .optional(),
  status: z
    .enum(['draft', 'submitted', 'approved'], { error: errorMessage('importStatusInvalid') })
    .optional(),
})

export const importFileSchema = z.strictObject({
  organisations: z.array(z.unknown(), { error: errorMessage('importListRequired') }),
})

export type ImportRow = z.infer<typeof importRowSchema>
export type ImportStatus = NonNullable<ImportRow['status']>

/** The profile fields an import row stands for (the contact object flattened). */
export function rowToProfileInput(row: ImportRow): Record<string, unknown> {
  const { contact, slug: _slug, status: _status, ...rest } = row
  return {
    ...rest,
    contactName: contact?.name,
    contactEmail: contact?.email,
    contactPhone: contact?.phone,
  }
}

export function parseProfileInput(input: Record<string, unknown>) {
  return profileFieldsSchema.safeParse(input)
}

/** An organisation as an import row: what export writes and import reads. */
export function toImportRow(fields: ProfileFields & { slug: string; status?: string }) {
  return {
    slug: fields.slug,
    name: fields.name,
    nameJa: fields.nameJa,
    country: fields.country,
    city: fields.city,
    website: fields.website,
    size: fields.size,
    yearFounded: fields.yearFounded,
    description: fields.description,
    descriptionJa: fields.descriptionJa,
    roles: fields.roles,
    materials: fields.materials,
    technologies: fields.technologies,
    offers: fields.offers,
    seeks: fields.seeks,
    markets: fields.markets,
    languages: fields.languages,
    contact:
      fields.contactName && fields.contactEmail
        ? { name: fields.contactName, email: fields.contactEmail, phone: fields.contactPhone }
        : undefined,
    status: fields.status,
  }
}
