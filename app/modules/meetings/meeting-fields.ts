import { z } from 'zod'
import {
  clockField,
  dayField,
  httpsLink,
  optionalClock,
  optionalDate,
  optionalText,
  requiredText,
} from '~/modules/events/event-fields'
import { errorMessage } from '~/modules/i18n/message-keys'
import { agreementKinds, followUpAnswers, meetingOutcomes, wishLevels } from './meeting-rules'

const id = z.string().trim().min(1).max(40)

const whole = (min: number, max: number, key: 'numberBetween') =>
  z.coerce
    .number({ error: errorMessage(key, { min, max }) })
    .int(errorMessage(key, { min, max }))
    .min(min, errorMessage(key, { min, max }))
    .max(max, errorMessage(key, { min, max }))

const roomUrl = z
  .string()
  .trim()
  .max(500, errorMessage('textTooLong', { max: 500 }))
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || httpsLink.test(value), errorMessage('meetingUrlNotHttps'))

/** Staff: the event's booking rules. Times are in the event's own zone. */
export const meetingPlanSchema = z.object({
  bookingMode: z.enum(['participants', 'organiser'], { error: errorMessage('bookingModeRequired') }),
  requestRule: z.enum(['everyone', 'eu_japan'], { error: errorMessage('requestRuleRequired') }),
  maxPendingRequests: whole(1, 100, 'numberBetween'),
  closesDate: optionalDate,
  closesTime: optionalClock,
  followUpMonths: whole(1, 24, 'numberBetween'),
})

/** Staff: a block of meetings, e.g. 14:00-17:00 in 20-minute meetings with 5-minute breaks. */
export const meetingBlockSchema = z.object({
  date: dayField,
  startTime: clockField,
  endTime: clockField,
  slotMinutes: whole(5, 240, 'numberBetween'),
  breakMinutes: whole(0, 120, 'numberBetween'),
})

/** Staff: tables (or virtual rooms) added at once, numbered on from the last. */
export const addTablesSchema = z.object({
  count: whole(1, 200, 'numberBetween'),
  prefix: requiredText(1, 40, 'tableNameRequired'),
})

/** Staff: one table's name and its room link (online events). */
export const tableSchema = z.object({
  tableId: id,
  name: requiredText(1, 60, 'tableNameRequired'),
  roomUrl,
})

/** A participant asks another for a meeting in a slot free for both. */
export const meetingRequestSchema = z.object({
  inviteeId: id,
  slotId: z
    .string({ error: errorMessage('slotRequired') })
    .trim()
    .min(1, errorMessage('slotRequired'))
    .max(40),
  message: requiredText(10, 1000, 'meetingMessageRequired'),
})

/** Organiser mode: a wish about one other participant; "none" takes a wish back. */
export const wishSchema = z.object({
  toId: id,
  level: z.enum([...wishLevels, 'none'], { error: errorMessage('wishLevelRequired') }),
})

export const availabilitySchema = z.object({
  unavailable: z.array(id).max(500).default([]),
})

/** Staff: a meeting moved by hand to another slot and table. */
export const moveMeetingSchema = z.object({
  meetingId: id,
  slotId: id,
  tableId: id,
})

export const ratingSchema = z.object({
  meetingId: id,
  outcome: z.enum(meetingOutcomes, { error: errorMessage('outcomeRequired') }),
})

export const followUpSchema = z
  .object({
    answer: z.enum(followUpAnswers, { error: errorMessage('followUpAnswerRequired') }),
    agreementKind: z
      .enum(agreementKinds, { error: errorMessage('agreementKindRequired') })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    note: optionalText(1000),
  })
  .superRefine((form, ctx) => {
    if (form.answer === 'agreement' && !form.agreementKind)
      ctx.addIssue({
        code: 'custom',
        path: ['agreementKind'],
        message: errorMessage('agreementKindRequired'),
      })
  })
  .transform((form) => ({
    ...form,
    agreementKind: form.answer === 'agreement' ? (form.agreementKind ?? null) : null,
  }))
