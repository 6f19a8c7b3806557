import type { Locale } from '~/modules/i18n/locales'

/** An organisation's name for a reader: the Japanese one for Japanese readers when it has one. */
export const organisationNameIn = (organisation: { name: string; nameJa: string | null }, locale: Locale) =>
  (locale === 'ja' && organisation.nameJa) || organisation.name
