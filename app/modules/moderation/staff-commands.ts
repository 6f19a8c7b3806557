import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'

const reason = z
  .string({ error: errorMessage('reasonRequired') })
  .trim()
  .min(3, errorMessage('reasonRequired'))
  .max(2000, errorMessage('staffReasonTooLong'))

/** The profile version the reviewer had open: a decision applies to it, never to a later one. */
const version = z.coerce
  .number({ error: errorMessage('notUnderstood') })
  .int(errorMessage('notUnderstood'))
  .min(1, errorMessage('notUnderstood'))
  .max(2_147_483_647, errorMessage('notUnderstood'))

/** The decisions staff take on a profile under review. */
export const reviewCommandSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('approve'), version }),
  z.object({ intent: z.literal('reject'), reason, version }),
  z.object({ intent: z.literal('request-changes'), reason, version }),
  z.object({ intent: z.literal('suspend'), reason }),
  z.object({ intent: z.literal('restore') }),
  z.object({
    intent: z.literal('remove-file'),
    fileId: z
      .string({ error: errorMessage('notUnderstood') })
      .min(1)
      .max(100),
    reason,
  }),
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
