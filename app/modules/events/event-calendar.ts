import { createEvent } from 'ics'
import { normalisedLines, oneLine } from '~/utils/plain-text'

export type CalendarEvent = {
  id: string
  sequence: number
  cancelled: boolean
  startsAt: Date
  endsAt: Date
  title: string
  description: string
  location: string | null
  url: string
}

/**
 * The event as an iCalendar file. Its UID never changes and its SEQUENCE rises with every change, so a
 * calendar updates the entry it holds; a cancelled event is sent as a cancelled entry (METHOD:CANCEL).
 */
export function eventCalendarFile(event: CalendarEvent): string {
  const { error, value } = createEvent({
    productId: 'eu-japan-circular-metals',
    method: event.cancelled ? 'CANCEL' : 'PUBLISH',
    uid: `event-${event.id}@eu-japan-circular.example`,
    sequence: event.sequence,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: oneLine(event.title),
    description: normalisedLines(event.description),
    url: event.url,
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(event.location ? { location: oneLine(event.location) } : {}),
  })
  if (error || !value) throw error ?? new Error('The calendar file could not be written.')
  return value
}
