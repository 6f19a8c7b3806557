import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'

export const taxonomyKinds = ['role', 'material', 'technology', 'cooperation', 'market'] as const

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
  typicalMaterials: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(/[,\s]+/)
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean),
    ),
})

export type NewTerm = z.infer<typeof newTermSchema>
