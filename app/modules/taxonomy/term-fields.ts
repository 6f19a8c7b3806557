import { z } from 'zod'

export const taxonomyKinds = ['role', 'material', 'technology', 'cooperation', 'market'] as const

export const kindLabels: Record<(typeof taxonomyKinds)[number], string> = {
  role: 'Value-chain roles',
  material: 'Metals and materials',
  technology: 'Technologies',
  cooperation: 'Cooperation types (offers and seeks)',
  market: 'Third-country markets',
}

/** A new taxonomy term as staff enter it. Codes are permanent, so they are checked strictly. */
export const newTermSchema = z.object({
  kind: z.enum(taxonomyKinds, { error: 'Choose which list the term belongs to.' }),
  code: z
    .string({ error: 'Enter a code.' })
    .trim()
    .regex(
      /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
      'Use lower-case letters, digits and single hyphens, like "black-mass".',
    )
    .max(40, 'A code is at most 40 characters.'),
  labelEn: z.string({ error: 'Enter the English label.' }).trim().min(2, 'Enter the English label.').max(120),
  labelJa: z
    .string({ error: 'Enter the Japanese label.' })
    .trim()
    .min(1, 'Enter the Japanese label.')
    .max(120),
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
