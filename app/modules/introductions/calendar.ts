import { createEvent } from 'ics'
import { normalisedLines, oneLine } from '~/utils/plain-text'

export type CalendarMeeting = {
  introductionId: string
  sequence: number
  startsAt: Date
  durationMinutes: number
  title: string
  description: string
  location: string | null
  url: string
}

/**
 * The meeting as an iCalendar file. Its UID is fixed per introduction and its SEQUENCE rises with every
 * change, so importing a rescheduled meeting updates the entry already in the calendar.
 */
export function meetingCalendarFile(meeting: CalendarMeeting): string {
  const { error, value } = createEvent({
    productId: 'eu-japan-circular-metals',
    method: 'PUBLISH',
    uid: `introduction-${meeting.introductionId}@eu-japan-circular.example`,
    sequence: meeting.sequence,
    start: meeting.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.durationMinutes },
    // The ics package escapes \r\n and \n but not a lone \r, which would start a property of its own.
    title: oneLine(meeting.title),
    description: normalisedLines(meeting.description),
    url: meeting.url,
    status: 'CONFIRMED',
    ...(meeting.location ? { location: oneLine(meeting.location) } : {}),
  })
  if (error || !value) throw error ?? new Error('The calendar file could not be written.')
  return value
}
