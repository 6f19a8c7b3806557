import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'
import { profileFieldsSchema, type ProfileFields } from './profile-fields'
import { legacyFeedstockCode, legacyFeedstockStreams, type StreamDirection } from './streams'

/** A stream in a file: its code alone, or with details. */
const fileStream = z.union([
  z.string(),
  z.strictObject({
    stream: z.string({ error: errorMessage('streamRequired') }),
    tonnesPerYear: z.number({ error: errorMessage('tonnesInvalid') }).optional(),
    note: z.string().optional(),
    countries: z.array(z.string()).optional(),
  }),
])
type FileStream = z.infer<typeof fileStream>

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
  supplies: z.array(fileStream, { error: errorMessage('streamListRequired') }).optional(),
  takes: z.array(fileStream, { error: errorMessage('streamListRequired') }).optional(),
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

const asEntry = (direction: StreamDirection) => (item: FileStream) =>
  typeof item === 'string'
    ? { direction, stream: item, countries: [] }
    : { direction, countries: [], ...item }

/**
 * The profile fields an import row stands for: the contact object flattened, `supplies` and `takes` as
 * one stream list. Files in the older format offer or seek "end-of-life-feedstock": it becomes the streams
 * the profile most likely means (`legacyFeedstockStreams`), unless the row names its streams itself.
 */
export function rowToProfileInput(row: ImportRow): Record<string, unknown> {
  const { contact, slug: _slug, status: _status, supplies = [], takes = [], ...rest } = row
  const streams = [...supplies.map(asEntry('supplies')), ...takes.map(asEntry('takes'))]
  const legacy = legacyFeedstockStreams({ technologies: rest.technologies, materials: rest.materials })
  for (const [field, direction, given] of [
    ['offers', 'supplies', supplies],
    ['seeks', 'takes', takes],
  ] as const) {
    if (!rest[field].includes(legacyFeedstockCode)) continue
    rest[field] = rest[field].filter((code) => code !== legacyFeedstockCode)
    if (!given.length) streams.push(...legacy.map((stream) => ({ direction, stream, countries: [] })))
  }
  return {
    ...rest,
    streams,
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
    supplies: streamsOf(fields, 'supplies'),
    takes: streamsOf(fields, 'takes'),
    contact:
      fields.contactName && fields.contactEmail
        ? { name: fields.contactName, email: fields.contactEmail, phone: fields.contactPhone }
        : undefined,
    status: fields.status,
  }
}

/** A profile's streams of one direction as a file writes them: the code alone when there are no details. */
function streamsOf(fields: Pick<ProfileFields, 'streams'>, direction: StreamDirection) {
  return fields.streams
    .filter((entry) => entry.direction === direction)
    .map(({ direction: _direction, countries, ...entry }) =>
      entry.tonnesPerYear || entry.note || countries.length
        ? { ...entry, ...(countries.length ? { countries } : {}) }
        : entry.stream,
    )
}

/**
 * Where a problem with the profile's `streams[index]` stands in the file: `supplies.N` or `takes.N` (or,
 * for streams made from "end-of-life-feedstock", the offers or seeks that held it).
 */
export function fileFieldOfStream(row: Pick<ImportRow, 'supplies' | 'takes'>, path: string) {
  const match = /^streams[.[](\d+)\]?(.*)$/.exec(path)
  if (!match) return path
  const index = Number(match[1])
  const supplies = row.supplies?.length ?? 0
  const takes = row.takes?.length ?? 0
  if (index < supplies) return `supplies.${index}${match[2]}`
  if (index < supplies + takes) return `takes.${index - supplies}${match[2]}`
  return 'offers/seeks'
}
