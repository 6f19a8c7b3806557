import { z } from 'zod'
import { isTimeZoneChoice, NonexistentLocalTimeError, wallClockToInstant } from './meeting-time'

export const messageLength = { min: 20, max: 2000 } as const
export const maxProposedSlots = 3
export const meetingDurations = [30, 45, 60, 90, 120] as const
export const meetingModes = ['online', 'in_person'] as const
export const meetingModeLabels: Record<(typeof meetingModes)[number], string> = {
  online: 'Online',
  in_person: 'In person',
}

const timeZoneField = z
  .string({ error: 'Choose the time zone you enter times in.' })
  .refine(isTimeZoneChoice, 'Choose a time zone from the list.')

const slotSchema = z.object({
  date: z.string({ error: 'Enter the date.' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD.'),
  time: z.string({ error: 'Enter the time.' }).regex(/^\d{2}:\d{2}$/, 'Enter the time as HH:MM.'),
  durationMinutes: z.coerce
    .number({ error: 'Choose how long the meeting lasts.' })
    .refine((value) => (meetingDurations as readonly number[]).includes(value), 'Choose a duration.'),
  mode: z.enum(meetingModes, { error: 'Choose online or in person.' }),
  location: z.string().trim().max(200, 'Keep the place or link under 200 characters.').optional(),
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
  .max(maxProposedSlots, `Propose at most ${maxProposedSlots} times.`)
  .default([])

type SlotRows = (SlotInput | undefined)[]

function checkSlotTimes(
  value: { timeZone: string; slots: SlotRows },
  context: z.RefinementCtx,
  { required }: { required: boolean },
) {
  const now = Date.now()
  if (required && !value.slots.some(Boolean)) {
    context.addIssue({ code: 'custom', path: ['slots'], message: 'Propose at least one time.' })
  }
  value.slots.forEach((slot, index) => {
    if (!slot) return
    try {
      const startsAt = wallClockToInstant(slot.date, slot.time, value.timeZone)
      if (startsAt.getTime() <= now) {
        context.addIssue({
          code: 'custom',
          path: ['slots', index, 'date'],
          message: 'This time is in the past: propose a later one.',
        })
      }
    } catch (error) {
      if (!(error instanceof NonexistentLocalTimeError || error instanceof RangeError)) throw error
      context.addIssue({ code: 'custom', path: ['slots', index, 'time'], message: error.message })
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

export const introductionRequestSchema = z
  .object({
    purpose: z.string({ error: 'Choose what you want to cooperate on.' }).min(1),
    message: z
      .string({ error: 'Write a short message.' })
      .trim()
      .min(messageLength.min, `Write at least ${messageLength.min} characters: say who you are and why.`)
      .max(messageLength.max, `Keep the message under ${messageLength.max} characters.`),
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
  reason: z.string().trim().max(1000, 'Keep the reason under 1000 characters.').optional(),
})

export const threadMessageSchema = z.object({
  body: z
    .string({ error: 'Write a message.' })
    .trim()
    .min(1, 'Write a message.')
    .max(messageLength.max, `Keep the message under ${messageLength.max} characters.`),
})

export const staffNoteSchema = z.object({
  body: z
    .string({ error: 'Write the note.' })
    .trim()
    .min(3, 'Write at least 3 characters.')
    .max(2000, 'Keep the note under 2000 characters.'),
})

/**
 * Accepting: pick one of the sender's times, propose others (in the same form), or settle the time
 * later in the messages.
 */
export const acceptSchema = z
  .object({
    choice: z.string({ error: 'Choose a time, or how you will arrange one.' }).min(1),
    timeZone: timeZoneField,
    slots: slotRows,
  })
  .superRefine((value, context) => checkSlotTimes(value, context, { required: value.choice === 'propose' }))
  .transform(withoutBlankRows)

const organisationAddress = (what: string) =>
  z
    .string({ error: `Enter the ${what} organisation’s address.` })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+$/, 'Enter the address as it appears in the profile link, e.g. nordic-black-mass.')

/** Staff introduce two organisations themselves. */
export const brokerSchema = z
  .object({
    first: organisationAddress('first'),
    second: organisationAddress('second'),
    purpose: z.string({ error: 'Choose what they could cooperate on.' }).min(1),
    message: z
      .string({ error: 'Write a short message to both.' })
      .trim()
      .min(messageLength.min, `Write at least ${messageLength.min} characters: say why they should meet.`)
      .max(messageLength.max, `Keep the message under ${messageLength.max} characters.`),
  })
  .refine((value) => value.first !== value.second, {
    path: ['second'],
    message: 'Choose two different organisations.',
  })
