import { z } from 'zod'
import { errorMessage } from '~/modules/i18n/message-keys'

/** At most this many saved searches per person: enough to follow a few markets, not a crawler. */
export const savedSearchLimit = 20

export const saveSearchSchema = z.object({
  name: z
    .string({ error: errorMessage('savedSearchNameRequired') })
    .trim()
    .min(1, errorMessage('savedSearchNameRequired'))
    .max(80, errorMessage('textTooLong', { max: 80 })),
  // The directory's address after "?"; it is read the directory's way, so anything else is dropped.
  query: z.string().max(4000, errorMessage('notUnderstood')).default(''),
})

export const savedSearchIdSchema = z.object({ searchId: z.string().min(1).max(40) })

export const searchAlertsSchema = savedSearchIdSchema.extend({
  alerts: z.enum(['on', 'off'], { error: errorMessage('notUnderstood') }),
})
