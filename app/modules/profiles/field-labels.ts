import type { Messages } from '~/modules/i18n/messages'
import type { StreamEntry } from './streams'

const isStreamEntry = (value: unknown): value is StreamEntry =>
  typeof value === 'object' && value !== null && 'stream' in value && 'direction' in value

function formatStream(entry: StreamEntry, t: Messages) {
  const details = [
    entry.tonnesPerYear ? `${entry.tonnesPerYear} t/a` : '',
    entry.note ?? '',
    entry.countries.join(' '),
  ]
    .filter(Boolean)
    .join(', ')
  return `${t.profiles.form.directions[entry.direction]} ${entry.stream}${details ? ` (${details})` : ''}`
}

/** A stored value as a person reads it in a list of changes. */
export function formatFieldValue(value: unknown, t: Messages): string {
  if (value === null || value === undefined || value === '') return t.profiles.emptyValue
  if (Array.isArray(value)) {
    if (!value.length) return t.profiles.noneValue
    if (value.every(isStreamEntry)) return value.map((entry) => formatStream(entry, t)).join('; ')
    return value.join(', ')
  }
  return String(value)
}
