import { describe, expect, test } from 'vitest'
import { meetingCalendarFile, type CalendarMeeting } from './calendar'

const meeting: CalendarMeeting = {
  introductionId: 'cm1introduction',
  sequence: 0,
  startsAt: new Date('2027-03-26T08:30:00.000Z'),
  durationMinutes: 60,
  title: 'Nordic Battery Loop AB / Tokyo Rare Metals K.K.',
  description: 'Meeting arranged through EU-Japan Circular Metals.',
  location: null,
  url: 'http://localhost:3000/introductions/cm1introduction',
}

const field = (file: string, name: string) =>
  file
    .split(/\r\n/)
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, '')

describe('meeting calendar file', () => {
  test('a rescheduled meeting keeps its UID and raises its SEQUENCE, so calendars update one entry', () => {
    const first = meetingCalendarFile(meeting)
    const moved = meetingCalendarFile({
      ...meeting,
      sequence: 1,
      startsAt: new Date('2027-03-29T07:30:00.000Z'),
    })
    expect(field(first, 'UID')).toBe('introduction-cm1introduction@eu-japan-circular.example')
    expect(field(moved, 'UID')).toBe(field(first, 'UID'))
    expect(field(first, 'SEQUENCE')).toBe('0')
    expect(field(moved, 'SEQUENCE')).toBe('1')
    expect(field(first, 'DTSTART')).toBe('20270326T083000Z')
    expect(field(moved, 'DTSTART')).toBe('20270329T073000Z')
    expect(field(first, 'DURATION')).toBe('PT60M')
    expect(first).toContain('BEGIN:VCALENDAR')
  })

  test('a carriage return in any text starts no property of its own', () => {
    const file = meetingCalendarFile({
      ...meeting,
      title: 'Meeting\rATTENDEE:mailto:evil@example.com',
      description: 'First line\rSecond line\r\nThird',
      location: 'Room 1\rATTENDEE:mailto:evil@example.com',
    })
    // Every line break in the file is CRLF, and no line starts a property the app did not write.
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(file.split('\r\n').some((line) => line.startsWith('ATTENDEE'))).toBe(false)
    expect(field(file, 'LOCATION')).toBe('Room 1 ATTENDEE:mailto:evil@example.com')
  })
})
