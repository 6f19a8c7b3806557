import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'

const reason = z
  .string({ error: errorMessage('reasonRequired') })
  .trim()
  .min(3, errorMessage('reasonRequired'))
  .max(2000, errorMessage('staffReasonTooLong'))

/** The decisions staff take on a profile under review. */
export const reviewCommandSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('approve') }),
  z.object({ intent: z.literal('reject'), reason }),
  z.object({ intent: z.literal('request-changes'), reason }),
  z.object({ intent: z.literal('suspend'), reason }),
  z.object({ intent: z.literal('restore') }),
])

export const resolveReportSchema = z.object({
  intent: z.enum(['dismiss', 'suspend']),
  reportId: z.string().min(1),
  reason,
})

/** The first message for an invalid command, keyed by intent so the right form shows it. */
export function commandError(formData: FormData, error: z.ZodError) {
  return {
    intent: String(formData.get('intent') ?? ''),
    message: error.issues[0]?.message ?? errorMessage('notUnderstood'),
  }
}
