import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import type { AgendaItem, EventContact, EventForm } from './event-fields'

type StoredEvent = {
  [
    Key in
      | 'title'
      | 'titleJa'
      | 'description'
      | 'descriptionJa'
      | 'city'
      | 'venue'
      | 'meetingUrl'
      | 'question'
      | 'questionJa'
  ]: string | null
} & {
  kind: EventForm['kind']
  format: EventForm['format']
  timeZone: string
  startsAt: Date
  endsAt: Date
  registrationOpensAt: Date | null
  registrationClosesAt: Date | null
  capacity: number | null
  needsApproval: boolean
  participantsShown: boolean
  agenda: unknown
  contacts: unknown
} & Record<'materials' | 'technologies' | 'roles' | 'streams' | 'markets', string[]>

/** An instant as a wall-clock pattern in a zone, as the staff forms show times. */
export const inZone = (instant: Date | string, timeZone: string, pattern: string) =>
  format(new TZDate(new Date(instant).getTime(), timeZone), pattern)

/** A stored event as the staff form shows it: wall-clock dates and times in the event's own zone. */
export function eventFormValues(event: StoredEvent) {
  const zone = event.timeZone
  const day = (instant: Date | null) => (instant ? inZone(instant, zone, 'yyyy-MM-dd') : '')
  const clock = (instant: Date | null) => (instant ? inZone(instant, zone, 'HH:mm') : '')
  return {
    title: event.title ?? '',
    titleJa: event.titleJa ?? '',
    description: event.description ?? '',
    descriptionJa: event.descriptionJa ?? '',
    kind: event.kind,
    format: event.format,
    timeZone: zone,
    startDate: day(event.startsAt),
    startTime: clock(event.startsAt),
    endDate: day(event.endsAt),
    endTime: clock(event.endsAt),
    city: event.city ?? '',
    venue: event.venue ?? '',
    meetingUrl: event.meetingUrl ?? '',
    materials: event.materials,
    technologies: event.technologies,
    roles: event.roles,
    streams: event.streams,
    markets: event.markets,
    agenda: (event.agenda as AgendaItem[])
      .map((item) =>
        [clock(new Date(item.startsAt)), item.title, item.titleJa ?? '', item.speakers ?? '']
          .join(' | ')
          .replace(/( \| )+$/, ''),
      )
      .join('\n'),
    contacts: (event.contacts as EventContact[])
      .map((contact) => `${contact.name} <${contact.email}>`)
      .join('\n'),
    question: event.question ?? '',
    questionJa: event.questionJa ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    opensDate: day(event.registrationOpensAt),
    opensTime: clock(event.registrationOpensAt),
    closesDate: day(event.registrationClosesAt),
    closesTime: clock(event.registrationClosesAt),
    needsApproval: event.needsApproval ? 'on' : '',
    participantsShown: event.participantsShown ? 'on' : '',
  }
}
