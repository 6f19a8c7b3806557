import { createEvent, type EventAttributes } from 'ics'
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
 * One calendar entry under a fixed UID: its SEQUENCE rises with every change, so a calendar updates the
 * entry it holds; a cancelled one is marked so. Shared by events and the meetings at them.
 */
export function calendarEntry(uid: string, entry: Omit<CalendarEvent, 'id'>): EventAttributes {
  return {
    uid,
    sequence: entry.sequence,
    start: entry.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: entry.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    // The ics package escapes \r\n and \n but not a lone \r, which would start a property of its own.
    title: oneLine(entry.title),
    description: normalisedLines(entry.description),
    url: entry.url,
    status: entry.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(entry.location ? { location: oneLine(entry.location) } : {}),
  }
}

/** The event as an iCalendar file; a cancelled event is sent as a cancelled entry (METHOD:CANCEL). */
export function eventCalendarFile(event: CalendarEvent): string {
  const { error, value } = createEvent({
    productId: 'eu-japan-circular-metals',
    method: event.cancelled ? 'CANCEL' : 'PUBLISH',
    ...calendarEntry(`event-${event.id}@eu-japan-circular.example`, event),
  })
  if (error || !value) throw error ?? new Error('The calendar file could not be written.')
  return value
}
