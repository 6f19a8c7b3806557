import { z } from 'zod'
import { errorMessage } from '~/modules/i18n/message-keys'
import { isCountryCode } from '~/modules/taxonomy/countries'

/** Whether an organisation supplies a material stream (it is an output) or takes it (an input). */
export const streamDirections = ['supplies', 'takes'] as const
export type StreamDirection = (typeof streamDirections)[number]

/** One material stream on a profile, as stored (Organisation.streams) and in snapshots. */
export type StreamEntry = {
  direction: StreamDirection
  stream: string
  tonnesPerYear?: number
  note?: string
  countries: string[]
}

export const streamLimits = { entries: 12, note: 200, countries: 30, tonnes: 100_000_000 } as const

/** "SE, FI" or ["SE", "FI"]: country codes, upper-cased. */
const countryList = z.preprocess(
  (value) =>
    (typeof value === 'string' ? value.split(/[,;\s]+/) : Array.isArray(value) ? value : [])
      .map((code) => String(code).trim().toUpperCase())
      .filter(Boolean),
  z
    .array(z.string().refine(isCountryCode, errorMessage('countryInvalid')))
    .max(streamLimits.countries, errorMessage('chooseAtMost', { max: streamLimits.countries })),
)

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

export const streamEntrySchema = z.object({
  direction: z.enum(streamDirections, { error: errorMessage('streamDirectionRequired') }),
  stream: z
    .string({ error: errorMessage('streamRequired') })
    .trim()
    .min(1, errorMessage('streamRequired')),
  tonnesPerYear: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: errorMessage('tonnesInvalid') })
      .int(errorMessage('tonnesInvalid'))
      .min(1, errorMessage('tonnesInvalid'))
      .max(streamLimits.tonnes, errorMessage('tonnesInvalid'))
      .optional(),
  ),
  note: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(streamLimits.note, errorMessage('textTooLong', { max: streamLimits.note }))
      .optional(),
  ),
  countries: countryList.default([]),
})

const isBlankRow = (row: unknown) =>
  typeof row === 'object' &&
  row !== null &&
  Object.entries(row).every(
    ([key, value]) =>
      key === 'direction' || value === undefined || value === '' || (Array.isArray(value) && !value.length),
  )

/** The streams of a profile: rows left blank in the form are dropped; one row per stream and direction. */
export const streamsSchema = z.preprocess(
  (value) => (Array.isArray(value) ? value.filter((row) => !isBlankRow(row)) : value),
  z
    .array(streamEntrySchema)
    .max(streamLimits.entries, errorMessage('chooseAtMost', { max: streamLimits.entries }))
    .default([])
    .refine(
      (entries) =>
        new Set(entries.map((entry) => `${entry.direction}:${entry.stream}`)).size === entries.length,
      errorMessage('duplicateStream'),
    ),
)

/** The stream codes of each direction, as the matching and the directory filters read them. */
export function streamCodes(entries: readonly StreamEntry[]) {
  return {
    supplies: entries.filter((entry) => entry.direction === 'supplies').map((entry) => entry.stream),
    takes: entries.filter((entry) => entry.direction === 'takes').map((entry) => entry.stream),
  }
}

/** A stored stream list (JSON) as entries, whatever shape older rows have. */
export function readStreams(value: unknown): StreamEntry[] {
  const parsed = z.array(streamEntrySchema).safeParse(value)
  return parsed.success ? parsed.data : []
}

/**
 * The cooperation code "end-of-life feedstock" of older profiles and files put magnet scrap and batteries
 * under one name; streams replace it. The streams such a profile most likely means: from its
 * technologies, else its materials, else mixed WEEE. The migration material_streams_reference_data
 * applies the same rule to stored profiles.
 */
export const legacyFeedstockCode = 'end-of-life-feedstock'

const byTechnology: [string[], string][] = [
  [['li-ion-battery', 'next-gen-battery'], 'eol-ev-batteries'],
  [['permanent-magnet', 'ev-motor', 'wind-turbine'], 'ndfeb-scrap'],
  [['photovoltaic'], 'eol-pv-panels'],
  [['catalyst'], 'spent-automotive-catalysts'],
  [['fuel-cell'], 'eol-fuel-cells'],
  [['electrolyser'], 'spent-electrolyser-stacks'],
  [['electronics', 'power-electronics'], 'printed-circuit-boards'],
]
const byMaterial: [string[], string][] = [
  [['lithium', 'cobalt', 'nickel'], 'eol-ev-batteries'],
  [['neodymium', 'praseodymium', 'dysprosium', 'terbium'], 'ndfeb-scrap'],
  [['platinum', 'palladium', 'rhodium'], 'spent-automotive-catalysts'],
  [['gallium', 'indium', 'germanium'], 'ga-in-ge-residues'],
  [['silicon', 'silver'], 'eol-pv-panels'],
]

export function legacyFeedstockStreams(profile: { technologies: string[]; materials: string[] }): string[] {
  const matching = (rules: [string[], string][], codes: string[]) =>
    rules.filter(([triggers]) => triggers.some((code) => codes.includes(code))).map(([, stream]) => stream)
  const found = matching(byTechnology, profile.technologies)
  if (found.length) return found
  const fromMaterials = matching(byMaterial, profile.materials)
  return fromMaterials.length ? fromMaterials : ['mixed-weee']
}
