import { z } from 'zod'
import { isCountryCode } from '~/modules/taxonomy/countries'

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

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${max} characters.`)
    .optional()
    .transform((value) => value || undefined)

const tagList = (field: TagField, noun: string) => {
  const { min, max } = profileLimits[field]
  return z
    .array(z.string())
    .default([])
    .refine(
      (codes) => codes.length >= min,
      min === 1 ? `Choose at least one ${noun}.` : `Choose at least ${min}.`,
    )
    .refine((codes) => codes.length <= max, `Choose at most ${max}.`)
    .refine((codes) => new Set(codes).size === codes.length, 'Each choice may appear only once.')
}

const currentYear = new Date().getUTCFullYear()

/**
 * A profile's fields as people and import files give them. Whether each code exists in the taxonomy
 * is checked on the server (`checkTaxonomyCodes`), which knows the terms.
 */
export const profileFieldsSchema = z.object({
  name: z
    .string({ error: 'Enter the organisation’s name.' })
    .trim()
    .min(2, 'Enter the organisation’s name.')
    .max(200),
  nameJa: optionalText(200, 'The Japanese name'),
  country: z
    .string({ error: 'Choose the country.' })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, 'Use a country code from ISO 3166-1, like DE or JP.'),
  city: optionalText(100, 'The city'),
  website: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine(
      (value) => value === undefined || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]{2,}$/i.test(value),
      'Enter a web address starting with http:// or https://.',
    ),
  size: z.enum(companySizes, { error: 'Choose micro, small, medium or large.' }).optional(),
  yearFounded: z.coerce
    .number({ error: 'Enter a year like 1998.' })
    .int('Enter a year like 1998.')
    .min(1800, 'Enter a year from 1800 on.')
    .max(currentYear, `Enter a year up to ${currentYear}.`)
    .optional(),
  description: z
    .string({ error: 'Describe the organisation in English.' })
    .trim()
    .min(profileLimits.description.min, `Write at least ${profileLimits.description.min} characters.`)
    .max(profileLimits.description.max, `Write at most ${profileLimits.description.max} characters.`),
  descriptionJa: optionalText(profileLimits.description.max, 'The Japanese description'),
  roles: tagList('roles', 'value-chain role'),
  materials: tagList('materials', 'material'),
  technologies: tagList('technologies', 'technology'),
  offers: tagList('offers', 'offer'),
  seeks: tagList('seeks', 'need'),
  markets: tagList('markets', 'market'),
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2}$/, 'Use two-letter language codes.'),
    )
    .default([]),
  contactName: optionalText(120, 'The contact name'),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.email('Enter a valid email address.').optional()),
  contactPhone: optionalText(40, 'The phone number'),
})

export type ProfileFields = z.infer<typeof profileFieldsSchema>
