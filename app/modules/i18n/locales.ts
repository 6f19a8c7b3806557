export const locales = ['en', 'ja'] as const
export type Locale = (typeof locales)[number]

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale)

export const localeOrDefault = (value: unknown): Locale => (isLocale(value) ? value : 'en')
