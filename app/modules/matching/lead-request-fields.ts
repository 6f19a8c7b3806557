import { z } from 'zod'
import { errorMessage } from '~/modules/i18n/message-keys'

export const leadRequestMessageLength = { min: 10, max: 2000 }

/** A member's request that the Centre broker a three-way introduction from a lead. */
export const leadRequestSchema = z.object({
  market: z.string().regex(/^[a-z0-9-]{1,40}$/),
  euId: z.string().min(1).max(100),
  jpId: z.string().min(1).max(100),
  localId: z.string().min(1).max(100).optional(),
  message: z
    .string({ error: errorMessage('leadRequestMessageRequired') })
    .trim()
    .min(leadRequestMessageLength.min, errorMessage('leadRequestMessageRequired'))
    .max(leadRequestMessageLength.max, errorMessage('textTooLong', { max: leadRequestMessageLength.max })),
})

export type LeadRequestInput = z.infer<typeof leadRequestSchema>

/** One lead among others: its market and its EU-Japan pair. */
export const leadKey = (lead: { market: string; euId: string; jpId: string }) =>
  `${lead.market}:${lead.euId}:${lead.jpId}`
