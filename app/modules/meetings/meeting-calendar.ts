import { createEvents, type EventAttributes } from 'ics'
import { normalisedLines, oneLine } from '~/utils/plain-text'

export type CalendarMeeting = {
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

const uidOf = (meetingId: string) => `event-meeting-${meetingId}@eu-japan-circular.example`

function entry(meeting: CalendarMeeting): EventAttributes {
  return {
    uid: uidOf(meeting.id),
    sequence: meeting.sequence,
    start: meeting.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: meeting.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: oneLine(meeting.title),
    description: normalisedLines(meeting.description),
    url: meeting.url,
    status: meeting.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(meeting.location ? { location: oneLine(meeting.location) } : {}),
  }
}

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
