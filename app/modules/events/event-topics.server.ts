import type { Locale } from '~/modules/i18n/locales'
import { termLabel } from '~/modules/taxonomy/term-label'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { eventTopicFields, topicTaxonomy } from './event-fields'

/** The topics the staff form offers, in the reader's language: active terms, plus retired ones the event has. */
export async function eventTopicOptions(
  locale: Locale,
  existing: Partial<Record<(typeof eventTopicFields)[number], string[]>> = {},
) {
  const taxonomy = await loadTaxonomy()
  return Object.fromEntries(
    eventTopicFields.map((field) => [
      field,
      taxonomy[topicTaxonomy[field]]
        .filter((term) => !term.retired || existing[field]?.includes(term.code))
        .map((term) => ({ value: term.code, label: termLabel(term, locale) })),
    ]),
  ) as Record<(typeof eventTopicFields)[number], { value: string; label: string }[]>
}
