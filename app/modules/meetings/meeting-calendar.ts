import { createEvents } from 'ics'
import { calendarEntry, type CalendarEvent } from '~/modules/events/event-calendar'
import { oneLine } from '~/utils/plain-text'

export type CalendarMeeting = CalendarEvent

const entry = (meeting: CalendarMeeting) =>
  calendarEntry(`event-meeting-${meeting.id}@eu-japan-circular.example`, meeting)

/**
 * A person's meetings at an event as one calendar: each meeting keeps its UID (the meeting's id) while
 * the schedule changes, and its SEQUENCE rises with every move, so calendars update the entries they hold.
 */
export function meetingsCalendarFile(meetings: CalendarMeeting[], calendarName: string): string {
  if (!meetings.length) return emptyCalendar(calendarName)
  const { error, value } = createEvents(meetings.map(entry), {
    productId: 'eu-japan-circular-metals',
    method: 'PUBLISH',
    calName: oneLine(calendarName),
  })
  if (error || !value) throw error ?? new Error('The calendar file could not be written.')
  return value
}

/** ics writes no calendar without an event; an agenda with no meetings yet is still a valid feed. */
const emptyCalendar = (name: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:eu-japan-circular-metals',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${oneLine(name).replace(/[\\;,]/g, (c) => `\\${c}`)}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n')
