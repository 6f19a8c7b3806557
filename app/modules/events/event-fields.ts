import { z } from 'zod'
import { errorMessage } from '~/modules/i18n/message-keys'
import {
  isTimeZoneChoice,
  NonexistentLocalTimeError,
  wallClockToInstant,
} from '~/modules/introductions/meeting-time'

export const eventKinds = ['webinar', 'brokerage', 'mission', 'workshop'] as const
export const eventFormats = ['online', 'in_person', 'hybrid'] as const
export const eventTopicFields = ['materials', 'technologies', 'roles', 'streams', 'markets'] as const
export type EventTopicField = (typeof eventTopicFields)[number]

/** Which taxonomy each topic list draws its codes from. */
export const topicTaxonomy = {
  materials: 'material',
  technologies: 'technology',
  roles: 'role',
  streams: 'stream',
  markets: 'market',
} as const satisfies Record<EventTopicField, string>

export type AgendaItem = { startsAt: string; title: string; titleJa: string | null; speakers: string | null }
export type EventContact = { name: string; email: string }

export const requiredText = (min: number, max: number, required: Parameters<typeof errorMessage>[0]) =>
  z
    .string({ error: errorMessage(required) })
    .trim()
    .min(min, {
      error: (issue) =>
        issue.input === '' || min === 1 ? errorMessage(required) : errorMessage('textTooShort', { min }),
    })
    .max(max, errorMessage('textTooLong', { max }))

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, errorMessage('textTooLong', { max }))
    .optional()
    .transform((value) => value || null)

export const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, errorMessage('dateInvalid'))
export const clockField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, errorMessage('timeInvalid'))
export const optionalDate = z
  .string()
  .optional()
  .transform((value) => value || undefined)
  .pipe(dayField.optional())
export const optionalClock = z
  .string()
  .optional()
  .transform((value) => value || undefined)
  .pipe(clockField.optional())

const codes = z.array(z.string().trim().min(1)).max(40).default([])

const agendaLine =
  /^([01]?\d|2[0-3])[:.]([0-5]\d)\s*\|\s*([^|]+?)\s*(?:\|\s*([^|]*?)\s*)?(?:\|\s*([^|]*?)\s*)?$/
const contactLine = /^(.+?)\s*<([^<>\s]+@[^<>\s]+\.[^<>\s]+)>$/

/** Lines of a text box read one by one: the values read, and the numbers (from 1) of lines not understood. */
function readLines<Value>(raw: string, read: (line: string) => Value | null) {
  const values: Value[] = []
  const problems: number[] = []
  raw.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return
    const value = read(line.trim())
    if (value === null) problems.push(index + 1)
    else values.push(value)
  })
  return { values, problems }
}

/**
 * The agenda as staff type it, one item per line: "09:30 | Opening | 開会 | Speaker names" (the Japanese
 * title and the speakers may be left out). Times are on the event's first day, in its zone.
 */
export function parseAgendaLines(raw: string) {
  const { values, problems } = readLines(raw, (line) => {
    const match = agendaLine.exec(line)
    if (!match || match[3]!.length > 200) return null
    return {
      hours: Number(match[1]),
      minutes: Number(match[2]),
      title: match[3]!,
      titleJa: match[4] || null,
      speakers: match[5] || null,
    }
  })
  return { items: values, problems }
}

/** Contacts as staff type them, one per line: "Name <email>". */
export function parseContactLines(raw: string) {
  const { values, problems } = readLines<EventContact>(raw, (line) => {
    const match = contactLine.exec(line)
    return match && line.length <= 300 ? { name: match[1]!, email: match[2]!.toLowerCase() } : null
  })
  return { contacts: values, problems }
}

/**
 * An event as the staff form gives it: texts in both languages, times as wall-clock dates and times in
 * the zone the organiser picked. `eventInputSchema` turns it into instants and checks how the times
 * relate; the rules that need the database (codes, capacity) are the module's.
 */
export const eventFormSchema = z.object({
  title: requiredText(3, 200, 'eventTitleRequired'),
  titleJa: optionalText(200),
  description: requiredText(20, 5000, 'eventDescriptionRequired'),
  descriptionJa: optionalText(5000),
  kind: z.enum(eventKinds, { error: errorMessage('eventKindRequired') }),
  format: z.enum(eventFormats, { error: errorMessage('eventFormatRequired') }),
  timeZone: z
    .string({ error: errorMessage('timeZoneInvalid') })
    .refine(isTimeZoneChoice, errorMessage('timeZoneInvalid')),
  startDate: dayField,
  startTime: clockField,
  endDate: dayField,
  endTime: clockField,
  city: optionalText(100),
  venue: optionalText(200),
  meetingUrl: z
    .string()
    .trim()
    .max(500, errorMessage('textTooLong', { max: 500 }))
    .optional()
    .transform((value) => value || null),
  materials: codes,
  technologies: codes,
  roles: codes,
  streams: codes,
  markets: codes,
  agenda: z
    .string()
    .max(20_000, errorMessage('textTooLong', { max: 20_000 }))
    .optional()
    .default(''),
  contacts: z
    .string()
    .max(5_000, errorMessage('textTooLong', { max: 5_000 }))
    .optional()
    .default(''),
  question: optionalText(300),
  questionJa: optionalText(300),
  capacity: z.coerce
    .number({ error: errorMessage('capacityInvalid') })
    .int(errorMessage('capacityInvalid'))
    .min(1, errorMessage('capacityInvalid'))
    .max(100_000, errorMessage('capacityInvalid'))
    .optional(),
  opensDate: optionalDate,
  opensTime: optionalClock,
  closesDate: optionalDate,
  closesTime: optionalClock,
  needsApproval: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
  participantsShown: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
})

export type EventForm = z.infer<typeof eventFormSchema>

const pad = (value: number) => String(value).padStart(2, '0')
const dayPattern = /^\d{4}-\d{2}-\d{2}$/
const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/
export const httpsLink = /^https:\/\/[^\s/$.?#][^\s]*$/i

/**
 * The checks that relate fields to each other (times, link, place, lines). They run even when another
 * field is wrong, so that staff see every mistake at once: they read the values defensively.
 */
function checkRelations(raw: unknown, ctx: z.RefinementCtx) {
  const form = (raw ?? {}) as Record<string, unknown>
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '')
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  const zone = text('timeZone')
  const at = (day: string, time: string, field: string) => {
    if (!isTimeZoneChoice(zone) || !dayPattern.test(day) || !clockPattern.test(time)) return null
    try {
      return wallClockToInstant(day, time, zone)
    } catch (error) {
      issue(field, errorMessage(error instanceof NonexistentLocalTimeError ? 'timeSkipped' : 'timeInvalid'))
      return null
    }
  }
  const startsAt = at(text('startDate'), text('startTime'), 'startTime')
  const endsAt = at(text('endDate'), text('endTime'), 'endTime')
  const opensAt = text('opensDate') ? at(text('opensDate'), text('opensTime') || '00:00', 'opensDate') : null
  const closesAt = text('closesDate')
    ? at(text('closesDate'), text('closesTime') || '23:59', 'closesDate')
    : null
  if (startsAt && endsAt && endsAt <= startsAt) issue('endTime', errorMessage('eventEndsBeforeStart'))
  if (startsAt && closesAt && closesAt > startsAt)
    issue('closesDate', errorMessage('registrationClosesAfterStart'))
  if (opensAt && closesAt && opensAt >= closesAt)
    issue('opensDate', errorMessage('registrationOpensAfterClose'))
  const link = text('meetingUrl').trim()
  if (link && !httpsLink.test(link)) issue('meetingUrl', errorMessage('meetingUrlNotHttps'))
  const format = text('format')
  if ((format === 'in_person' || format === 'hybrid') && !text('city').trim())
    issue('city', errorMessage('eventCityRequired'))
  const agenda = parseAgendaLines(text('agenda'))
  for (const item of agenda.items) at(text('startDate'), `${pad(item.hours)}:${pad(item.minutes)}`, 'agenda')
  if (agenda.problems.length)
    issue('agenda', errorMessage('agendaLinesInvalid', { lines: agenda.problems.join(', ') }))
  const contacts = parseContactLines(text('contacts'))
  if (contacts.problems.length)
    issue('contacts', errorMessage('contactLinesInvalid', { lines: contacts.problems.join(', ') }))
}

/** The stored shape of an event's own fields (every check above has passed when this runs). */
export const eventInputSchema = eventFormSchema
  .superRefine(checkRelations, { when: () => true })
  .transform((form) => {
    const { startDate, startTime, endDate, endTime, opensDate, opensTime, closesDate, closesTime } = form
    const instant = (day: string, time: string) => wallClockToInstant(day, time, form.timeZone)
    const startsAt = instant(startDate, startTime)
    const endsAt = instant(endDate, endTime)
    const opensAt = opensDate ? instant(opensDate, opensTime ?? '00:00') : null
    const closesAt = closesDate ? instant(closesDate, closesTime ?? '23:59') : null
    const agenda = parseAgendaLines(form.agenda)
    const contacts = parseContactLines(form.contacts)
    const agendaItems: AgendaItem[] = []
    for (const item of agenda.items) {
      const at = instant(startDate, `${pad(item.hours)}:${pad(item.minutes)}`)
      agendaItems.push({
        startsAt: at.toISOString(),
        title: item.title,
        titleJa: item.titleJa,
        speakers: item.speakers,
      })
    }
    agendaItems.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    return {
      title: form.title,
      titleJa: form.titleJa,
      description: form.description,
      descriptionJa: form.descriptionJa,
      kind: form.kind,
      format: form.format,
      timeZone: form.timeZone,
      startsAt,
      endsAt,
      city: form.format === 'online' ? null : form.city,
      venue: form.format === 'online' ? null : form.venue,
      meetingUrl: form.format === 'in_person' ? null : form.meetingUrl,
      materials: form.materials,
      technologies: form.technologies,
      roles: form.roles,
      streams: form.streams,
      markets: form.markets,
      agenda: agendaItems,
      contacts: contacts.contacts,
      question: form.question,
      questionJa: form.questionJa,
      capacity: form.capacity ?? null,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesAt,
      needsApproval: form.needsApproval,
      participantsShown: form.participantsShown,
    }
  })

export type EventInput = z.output<typeof eventInputSchema>

/** A member's registration form: who of their organisation comes, how, and their answer. */
export const registrationSchema = z.object({
  people: z.array(z.string().min(1).max(40)).min(1, errorMessage('choosePeople')).max(20),
  mode: z.enum(['online', 'on_site']).optional(),
  answer: optionalText(1000),
  listed: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
})

export const declineSchema = z.object({
  registrationId: z.string().min(1).max(40),
  reason: requiredText(3, 500, 'reasonRequired'),
})
