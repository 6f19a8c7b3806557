import type { Messages } from '~/modules/i18n/messages'

/** A stored value as a person reads it in a list of changes. */
export function formatFieldValue(value: unknown, t: Messages): string {
  if (value === null || value === undefined || value === '') return t.profiles.emptyValue
  if (Array.isArray(value)) return value.length ? value.join(', ') : t.profiles.noneValue
  return String(value)
}
