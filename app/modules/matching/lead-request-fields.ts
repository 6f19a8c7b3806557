import { z } from 'zod'
import { errorMessage } from '~/modules/i18n/message-keys'

export const leadRequestMessageLength = { min: 10, max: 2000 }

/** What a member writes when asking the Centre for a three-way introduction (the lead is the page's). */
export const leadRequestSchema = z.object({
  message: z
    .string({ error: errorMessage('leadRequestMessageRequired') })
    .trim()
    .min(leadRequestMessageLength.min, errorMessage('leadRequestMessageRequired'))
    .max(leadRequestMessageLength.max, errorMessage('textTooLong', { max: leadRequestMessageLength.max })),
})

/** A lead: its market, its EU-Japan pair and, if one, its local partner. */
export type LeadIds = { market: string; euId: string; jpId: string; localId?: string }

export type LeadRequestInput = LeadIds & z.infer<typeof leadRequestSchema>

/** One lead among others: its market and its EU-Japan pair. */
export const leadKey = (lead: { market: string; euId: string; jpId: string }) =>
  `${lead.market}:${lead.euId}:${lead.jpId}`

/** Whether an organisation is one of a lead's three (who may ask the Centre about it). */
export const isPartOfLead = (
  lead: { eu: { id: string }; jp: { id: string }; local: { id: string } | null },
  organisationId: string | null,
) => organisationId !== null && [lead.eu.id, lead.jp.id, lead.local?.id].includes(organisationId)
