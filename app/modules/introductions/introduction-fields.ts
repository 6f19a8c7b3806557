import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'
import { isTimeZoneChoice, NonexistentLocalTimeError, wallClockToInstant } from './meeting-time'

export const messageLength = { min: 20, max: 2000 } as const
export const maxProposedSlots = 3
export const meetingDurations = [30, 45, 60, 90, 120] as const
export const meetingModes = ['online', 'in_person'] as const

const timeZoneField = z
  .string({ error: errorMessage('timeZoneRequired') })
  .refine(isTimeZoneChoice, errorMessage('timeZoneInvalid'))

const slotSchema = z.object({
  date: z
    .string({ error: errorMessage('dateRequired') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, errorMessage('dateInvalid')),
  time: z.string({ error: errorMessage('timeRequired') }).regex(/^\d{2}:\d{2}$/, errorMessage('timeInvalid')),
  durationMinutes: z.coerce
    .number({ error: errorMessage('durationRequired') })
    .refine(
      (value) => (meetingDurations as readonly number[]).includes(value),
      errorMessage('durationInvalid'),
    ),
  mode: z.enum(meetingModes, { error: errorMessage('modeRequired') }),
  location: z.string().trim().max(200, errorMessage('locationTooLong')).optional(),
})

export type SlotInput = z.infer<typeof slotSchema>

/** A slot row as the form holds it, before parsing. */
export type SlotFormRow = {
  date: string
  time: string
  durationMinutes: string
  mode: string
  location: string
}

/** Three rows, the first two kinds of select already set, for a form's default value. */
export const emptySlotRows = (): Partial<SlotFormRow>[] =>
  Array.from({ length: maxProposedSlots }, () => ({ durationMinutes: '60', mode: 'online' }))

/** A row of the slot table left without date and time is not a slot (its selects keep defaults). */
const isBlankRow = (row: unknown) => {
  if (!row || typeof row !== 'object') return true
  const { date, time } = row as Record<string, unknown>
  return !date && !time
}

/** Rows keep their places while being checked, so each error lands on the row it is about. */
const slotRows = z
  .array(z.preprocess((row) => (isBlankRow(row) ? undefined : row), slotSchema.optional()))
  .max(maxProposedSlots, errorMessage('chooseAtMost', { max: maxProposedSlots }))
  .default([])

type SlotRows = (SlotInput | undefined)[]

function checkSlotTimes(
  value: { timeZone: string; slots: SlotRows },
  context: z.RefinementCtx,
  { required }: { required: boolean },
) {
  const now = Date.now()
  if (required && !value.slots.some(Boolean)) {
    context.addIssue({ code: 'custom', path: ['slots'], message: errorMessage('slotsRequired') })
  }
  value.slots.forEach((slot, index) => {
    if (!slot) return
    try {
      const startsAt = wallClockToInstant(slot.date, slot.time, value.timeZone)
      if (startsAt.getTime() <= now) {
        context.addIssue({
          code: 'custom',
          path: ['slots', index, 'date'],
          message: errorMessage('slotInPast'),
        })
      }
    } catch (error) {
      if (!(error instanceof NonexistentLocalTimeError || error instanceof RangeError)) throw error
      context.addIssue({
        code: 'custom',
        path: ['slots', index, 'time'],
        message:
          error instanceof NonexistentLocalTimeError
            ? errorMessage('slotSkippedByClockChange', {
                time: slot.time,
                date: slot.date,
                zone: value.timeZone,
              })
            : errorMessage('timeInvalid'),
      })
    }
  })
}

/** The slot checks run as soon as the zone and the rows are valid, whatever the other fields say. */
const slotTimesShape = z.object({ timeZone: timeZoneField, slots: slotRows })
const whenSlotsAreReadable = {
  when: (payload: { value: unknown }) => slotTimesShape.safeParse(payload.value).success,
}

const withoutBlankRows = <T extends { slots: SlotRows }>({
  slots,
  ...rest
}: T): Omit<T, 'slots'> & { slots: SlotInput[] } => ({
  ...rest,
  slots: slots.filter((slot): slot is SlotInput => Boolean(slot)),
})

/**
 * A request's purpose and message: the same rules whether a member asks or staff introduce two
 * organisations; only the words asking for them differ.
 */
const purposeField = (missing: 'purposeRequired' | 'brokerPurposeRequired') =>
  z.string({ error: errorMessage(missing) }).min(1, errorMessage(missing))

const requestMessageField = (missing: 'introductionMessageRequired' | 'brokerMessageRequired') =>
  z
    .string({ error: errorMessage(missing) })
    .trim()
    .min(messageLength.min, errorMessage('introductionMessageTooShort', { min: messageLength.min }))
    .max(messageLength.max, errorMessage('introductionMessageTooLong', { max: messageLength.max }))

export const introductionRequestSchema = z
  .object({
    purpose: purposeField('purposeRequired'),
    message: requestMessageField('introductionMessageRequired'),
    timeZone: timeZoneField,
    slots: slotRows,
  })
  .superRefine((value, context) => checkSlotTimes(value, context, { required: false }), whenSlotsAreReadable)
  .transform(withoutBlankRows)

export type IntroductionRequestInput = z.infer<typeof introductionRequestSchema>

export const proposeSlotsSchema = z
  .object({ timeZone: timeZoneField, slots: slotRows })
  .superRefine((value, context) => checkSlotTimes(value, context, { required: true }))
  .transform(withoutBlankRows)

export type ProposeSlotsInput = z.infer<typeof proposeSlotsSchema>

export const declineSchema = z.object({
  reason: z.string().trim().max(1000, errorMessage('reasonTooLong')).optional(),
})

export const threadMessageSchema = z.object({
  body: z
    .string({ error: errorMessage('messageRequired') })
    .trim()
    .min(1, errorMessage('messageRequired'))
    .max(messageLength.max, errorMessage('introductionMessageTooLong', { max: messageLength.max })),
})

export const staffNoteSchema = z.object({
  body: z
    .string({ error: errorMessage('noteRequired') })
    .trim()
    .min(3, errorMessage('noteTooShort'))
    .max(2000, errorMessage('noteTooLong')),
})

/**
 * Accepting: pick one of the sender's times, propose others (in the same form), or settle the time
 * later in the messages.
 */
export const acceptSchema = z
  .object({
    choice: z
      .string({ error: errorMessage('slotChoiceRequired') })
      .min(1, errorMessage('slotChoiceRequired')),
    timeZone: timeZoneField,
    slots: slotRows,
  })
  .superRefine((value, context) => checkSlotTimes(value, context, { required: value.choice === 'propose' }))
  .transform(withoutBlankRows)

const organisationAddress = () =>
  z
    .string({ error: errorMessage('organisationAddressRequired') })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+$/, errorMessage('organisationAddressInvalid'))

/** Staff introduce two organisations themselves. */
export const brokerSchema = z
  .object({
    first: organisationAddress(),
    second: organisationAddress(),
    purpose: purposeField('brokerPurposeRequired'),
    message: requestMessageField('brokerMessageRequired'),
  })
  .refine((value) => value.first !== value.second, {
    path: ['second'],
    message: errorMessage('sameOrganisationTwice'),
  })
