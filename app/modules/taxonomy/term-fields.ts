import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'

export const taxonomyKinds = ['role', 'material', 'technology', 'cooperation', 'market', 'stream'] as const

/** A comma-separated list of codes as typed, each normalised; blanks dropped. */
const codeList = (normalise: (code: string) => string, separator: RegExp = /[,\s]+/) =>
  z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(separator)
        .map((code) => normalise(code.trim()))
        .filter(Boolean),
    )

/** A new taxonomy term as staff enter it. Codes are permanent, so they are checked strictly. */
export const newTermSchema = z.object({
  kind: z.enum(taxonomyKinds, { error: errorMessage('termKindRequired') }),
  code: z
    .string({ error: errorMessage('termCodeRequired') })
    .trim()
    .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, errorMessage('termCodeInvalid'))
    .max(40, errorMessage('termCodeTooLong')),
  labelEn: z
    .string({ error: errorMessage('labelEnRequired') })
    .trim()
    .min(2, errorMessage('labelEnRequired'))
    .max(120, errorMessage('textTooLong', { max: 120 })),
  labelJa: z
    .string({ error: errorMessage('labelJaRequired') })
    .trim()
    .min(1, errorMessage('labelJaRequired'))
    .max(120, errorMessage('textTooLong', { max: 120 })),
  euStrategic: z.boolean().default(false),
  euCritical: z.boolean().default(false),
  jpRareMetal: z.boolean().default(false),
  typicalMaterials: codeList((code) => code.toLowerCase()),
  ewcCodes: codeList((code) => code.replace(/\s+/g, ' ').toUpperCase(), /,/)
    .pipe(z.array(z.string().regex(/^\d{2} \d{2} \d{2}\*?$/, errorMessage('ewcCodeInvalid'))))
    .default([]),
  hsCodes: codeList((code) => code)
    .pipe(z.array(z.string().regex(/^\d{4}(\.\d{2}){0,2}$/, errorMessage('hsCodeInvalid'))))
    .default([]),
  hazardous: z.boolean().default(false),
})

export type NewTerm = z.infer<typeof newTermSchema>
