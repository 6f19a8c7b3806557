import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'
import { profileFieldsSchema, type ProfileFields } from './profile-fields'
import { profileKeyGroups, type snapshotKeys, toSnapshot } from './snapshot'
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

const { texts, lists } = profileKeyGroups
type TextKey = (typeof texts)[number]
type ListKey = (typeof lists)[number]

// Texts are checked by the profile's own schema, which gives the clearer message.
const textShape = Object.fromEntries(texts.map((key) => [key, z.unknown().optional()])) as Record<
  TextKey,
  z.ZodOptional<z.ZodUnknown>
>
const listShape = Object.fromEntries(
  lists.map((key) => [
    key,
    key === 'languages'
      ? z.array(z.string(), { error: errorMessage('languageListRequired') }).optional()
      : z.array(z.string(), { error: errorMessage('codeListRequired') }),
  ]),
) as Record<Exclude<ListKey, 'languages'>, z.ZodArray<z.ZodString>> & {
  languages: z.ZodOptional<z.ZodArray<z.ZodString>>
}

/**
 * One organisation in an import (or export) file. Documented in the README; unknown keys are errors,
 * so that a misspelt field is reported rather than silently ignored.
 */
export const importRowSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, errorMessage('slugInvalid'))
    .optional(),
  ...textShape,
  ...listShape,
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
    ...Object.fromEntries([...texts, ...lists].map((key) => [key, fields[key]])),
    supplies: streamsOf(fields, 'supplies'),
    takes: streamsOf(fields, 'takes'),
    contact:
      fields.contactName && fields.contactEmail
        ? { name: fields.contactName, email: fields.contactEmail, phone: fields.contactPhone }
        : undefined,
    status: fields.status,
  } as Pick<ProfileFields, TextKey | ListKey> & {
    slug: string
    supplies: ReturnType<typeof streamsOf>
    takes: ReturnType<typeof streamsOf>
    contact?: { name: string; email: string; phone?: string }
    status?: string
  }
}

/** A stored organisation as an import row (absent values left out, as a file would). */
export function storedToImportRow(
  organisation: Partial<Record<(typeof snapshotKeys)[number], unknown>> & { slug: string; status: string },
) {
  const withoutNulls = Object.fromEntries(
    Object.entries(toSnapshot(organisation)).map(([key, value]) => [key, value ?? undefined]),
  ) as ProfileFields
  return toImportRow({ ...withoutNulls, slug: organisation.slug, status: organisation.status })
}

/** The columns of a profile file as a table (CSV): the import row, with lists and streams as codes. */
export const profileTableColumns = [
  'slug',
  ...texts,
  ...lists,
  'supplies',
  'takes',
  ...profileKeyGroups.contact,
  'status',
] as const

/** One import row as table cells: lists joined by ";", streams by their codes (details stay in JSON files). */
export function toTableCells(row: ReturnType<typeof toImportRow>) {
  const codesOf = (items: ReturnType<typeof streamsOf>) =>
    items.map((item) => (typeof item === 'string' ? item : item.stream)).join(';')
  const cells: Record<(typeof profileTableColumns)[number], string | number | undefined> = {
    ...Object.fromEntries(texts.map((key) => [key, row[key] ?? undefined])),
    ...Object.fromEntries(lists.map((key) => [key, (row[key] ?? []).join(';')])),
    slug: row.slug,
    supplies: codesOf(row.supplies),
    takes: codesOf(row.takes),
    contactName: row.contact?.name,
    contactEmail: row.contact?.email,
    contactPhone: row.contact?.phone,
    status: row.status,
  } as Record<(typeof profileTableColumns)[number], string | number | undefined>
  return profileTableColumns.map((column) => cells[column])
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
