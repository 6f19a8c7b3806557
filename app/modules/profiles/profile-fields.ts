import { errorMessage } from '~/modules/i18n/message-keys'
import type { Locale } from '~/modules/i18n/locales'
import { z } from 'zod'
import { isCountryCode } from '~/modules/taxonomy/countries'
import { streamsSchema } from './streams'

/** The limits of a profile, shared by the form, the import and the completeness check. */
export const profileLimits = {
  roles: { min: 1, max: 4 },
  materials: { min: 0, max: 15 },
  technologies: { min: 0, max: 8 },
  offers: { min: 0, max: 6 },
  seeks: { min: 0, max: 6 },
  markets: { min: 0, max: 10 },
  description: { min: 50, max: 3000 },
} as const

export const companySizes = ['micro', 'small', 'medium', 'large'] as const
export const businessLanguages = [
  'en',
  'ja',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'sv',
  'pt',
  'zh',
  'ko',
] as const

// A fixed table rather than Intl, so that server and browsers render the same names.
export const languageNames: Record<(typeof businessLanguages)[number], { en: string; ja: string }> = {
  en: { en: 'English', ja: '英語' },
  ja: { en: 'Japanese', ja: '日本語' },
  de: { en: 'German', ja: 'ドイツ語' },
  fr: { en: 'French', ja: 'フランス語' },
  es: { en: 'Spanish', ja: 'スペイン語' },
  it: { en: 'Italian', ja: 'イタリア語' },
  nl: { en: 'Dutch', ja: 'オランダ語' },
  pl: { en: 'Polish', ja: 'ポーランド語' },
  sv: { en: 'Swedish', ja: 'スウェーデン語' },
  pt: { en: 'Portuguese', ja: 'ポルトガル語' },
  zh: { en: 'Chinese', ja: '中国語' },
  ko: { en: 'Korean', ja: '韓国語' },
}

/** A business language's name in the reader's language; the code itself when it is not on our list. */
export const languageName = (code: string, locale: Locale) =>
  languageNames[code as (typeof businessLanguages)[number]]?.[locale] ?? code

/** Which taxonomy each tag field draws its codes from. */
export const tagFields = {
  roles: 'role',
  materials: 'material',
  technologies: 'technology',
  offers: 'cooperation',
  seeks: 'cooperation',
  markets: 'market',
} as const

export type TagField = keyof typeof tagFields

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, errorMessage('textTooLong', { max }))
    .optional()
    .transform((value) => value || undefined)

const tagList = (field: TagField) => {
  const { min, max } = profileLimits[field]
  return z
    .array(z.string())
    .default([])
    .refine(
      (codes) => codes.length >= min,
      field === 'roles' ? errorMessage('chooseAtLeastOneRole') : errorMessage('chooseAtLeast', { min }),
    )
    .refine((codes) => codes.length <= max, errorMessage('chooseAtMost', { max }))
    .refine((codes) => new Set(codes).size === codes.length, errorMessage('duplicateChoice'))
}

/** "www.example.com" as people write it is "https://www.example.com"; an address with a scheme stays. */
const withScheme = (value: string) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`)

/** An http(s) address whose host has a dot and a top-level part of two letters or more. */
function isWebAddress(value: string) {
  if (/\s/.test(value) || value.length > 300) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && /\.[a-z0-9-]{2,}$/i.test(url.hostname)
  } catch {
    return false
  }
}

const currentYear = new Date().getUTCFullYear()

/**
 * A profile's fields as people and import files give them. Whether each code exists in the taxonomy
 * is checked on the server (`checkTaxonomyCodes`), which knows the terms.
 */
export const profileFieldsSchema = z.object({
  name: z
    .string({ error: errorMessage('organisationNameRequired') })
    .trim()
    .min(2, errorMessage('organisationNameRequired'))
    .max(200, errorMessage('textTooLong', { max: 200 })),
  nameJa: optionalText(200),
  country: z
    .string({ error: errorMessage('countryRequired') })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, errorMessage('countryInvalid')),
  city: optionalText(100),
  website: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? withScheme(value) : undefined))
    .refine((value) => value === undefined || isWebAddress(value), errorMessage('websiteInvalid')),
  size: z.enum(companySizes, { error: errorMessage('sizeInvalid') }).optional(),
  yearFounded: z.coerce
    .number({ error: errorMessage('yearInvalid') })
    .int(errorMessage('yearInvalid'))
    .min(1800, errorMessage('yearTooEarly'))
    .max(currentYear, errorMessage('yearTooLate', { year: currentYear }))
    .optional(),
  description: z
    .string({ error: errorMessage('descriptionRequired') })
    .trim()
    .min(
      profileLimits.description.min,
      errorMessage('descriptionTooShort', { min: profileLimits.description.min }),
    )
    .max(
      profileLimits.description.max,
      errorMessage('descriptionTooLong', { max: profileLimits.description.max }),
    ),
  descriptionJa: optionalText(profileLimits.description.max),
  roles: tagList('roles'),
  materials: tagList('materials'),
  technologies: tagList('technologies'),
  offers: tagList('offers'),
  seeks: tagList('seeks'),
  markets: tagList('markets'),
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2}$/, errorMessage('languageCodeInvalid')),
    )
    .default([]),
  streams: streamsSchema,
  contactName: optionalText(120),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.email(errorMessage('contactEmailInvalid')).optional()),
  contactPhone: optionalText(40),
})

export type ProfileFields = z.infer<typeof profileFieldsSchema>
