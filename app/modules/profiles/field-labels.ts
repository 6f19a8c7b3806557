import type { Locale } from '~/modules/i18n/locales'
import type { Messages } from '~/modules/i18n/messages'
import { countryName } from '~/modules/taxonomy/countries'
import type { TermLabels } from '~/modules/taxonomy/term-labels'
import { languageName, tagFields, type TagField } from './profile-fields'
import type { ProfileSnapshot } from './snapshot'
import type { StreamEntry } from './streams'

type Reader = { t: Messages; labels: TermLabels; locale: Locale }

const isStreamEntry = (value: unknown): value is StreamEntry =>
  typeof value === 'object' && value !== null && 'stream' in value && 'direction' in value

function formatStream(entry: StreamEntry, { t, labels, locale }: Reader) {
  const details = [
    entry.tonnesPerYear ? `${entry.tonnesPerYear} t/a` : '',
    entry.note ?? '',
    entry.countries.map((code) => countryName(code, locale)).join(', '),
  ]
    .filter(Boolean)
    .join(', ')
  const stream = labels.stream[entry.stream] ?? entry.stream
  return `${t.profiles.view[entry.direction]}: ${stream}${details ? ` (${details})` : ''}`
}

/**
 * A stored value of a profile field as a person reads it in a list of changes: taxonomy codes, countries,
 * languages and sizes by their names in the reader's language.
 */
export function formatFieldValue(field: keyof ProfileSnapshot, value: unknown, reader: Reader): string {
  const { t, labels, locale } = reader
  if (value === null || value === undefined || value === '') return t.profiles.emptyValue
  if (Array.isArray(value)) {
    if (!value.length) return t.profiles.noneValue
    if (value.every(isStreamEntry)) return value.map((entry) => formatStream(entry, reader)).join('; ')
    const kind = field in tagFields ? tagFields[field as TagField] : null
    const named = value.map((code: string) =>
      kind ? (labels[kind][code] ?? code) : field === 'languages' ? languageName(code, locale) : code,
    )
    return named.join(locale === 'ja' ? '、' : ', ')
  }
  if (field === 'country') return countryName(String(value), locale)
  if (field === 'size') return t.profiles.sizes[value as keyof Messages['profiles']['sizes']] ?? String(value)
  return String(value)
}
