import type { Locale } from '~/modules/i18n/locales'

/** A term's label in the reader's language (the Japanese one when there is one, else the English). */
export const termLabel = (term: { labelEn: string; labelJa: string | null }, locale: Locale) =>
  locale === 'ja' && term.labelJa ? term.labelJa : term.labelEn
