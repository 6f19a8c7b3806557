import { describe, expect, test } from 'vitest'
import { inEnglish } from '../../../tests/support/in-english'
import { anEventForm } from '../../../prisma/seed/builders'
import { eventInputSchema } from './event-fields'
import { describeEventTime } from './event-time'

const problems = (overrides: Record<string, unknown>) => {
  const result = eventInputSchema.safeParse(anEventForm(overrides))
  expect(result.success).toBe(false)
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), inEnglish(issue.message)]),
  )
}

describe('the staff event form', () => {
  test('turns wall-clock times in the chosen zone into instants, and the agenda into timed items', () => {
    const input = eventInputSchema.parse(
      anEventForm({
        startDate: '2027-06-23',
        endDate: '2027-06-23',
        agenda: '10:00 | Panel | パネル | A. Tanaka, B. Müller\n9.30 | Opening',
        capacity: '80',
        needsApproval: 'on',
      }),
    )
    expect(input.startsAt.toISOString()).toBe('2027-06-23T07:30:00.000Z')
    expect(input.endsAt.toISOString()).toBe('2027-06-23T09:30:00.000Z')
    expect(input.agenda).toEqual([
      { startsAt: '2027-06-23T07:30:00.000Z', title: 'Opening', titleJa: null, speakers: null },
      {
        startsAt: '2027-06-23T08:00:00.000Z',
        title: 'Panel',
        titleJa: 'パネル',
        speakers: 'A. Tanaka, B. Müller',
      },
    ])
    expect(input.contacts).toEqual([{ name: 'Event team', email: 'events@eu-japan.example' }])
    expect(input).toMatchObject({ capacity: 80, needsApproval: true, participantsShown: false })
  })

  test('bad times, links and lines get a message on their field', () => {
    expect(problems({ endTime: '09:00' })).toEqual({ endTime: 'The event must end after it starts.' })
    expect(problems({ closesDate: '2099-01-01' })).toEqual({
      closesDate: 'Registration must close before the event starts.',
    })
    expect(problems({ meetingUrl: 'http://zoom.example/j/1' })).toEqual({
      meetingUrl: 'The meeting link must start with https://.',
    })
    expect(problems({ startDate: '2027-03-28', endDate: '2027-03-28', startTime: '02:30' })).toEqual({
      startTime: 'This time does not exist in the chosen zone: the clocks change then.',
    })
    expect(problems({ agenda: 'Opening at half past nine' })).toEqual({
      agenda: expect.stringContaining('Agenda line 1:'),
    })
    expect(problems({ contacts: 'Event team, events@example.com' })).toEqual({
      contacts: 'Contact line 1: write "Name <name@example.com>".',
    })
    expect(problems({ format: 'in_person', city: '' })).toEqual({
      city: 'Give the city for an event held in person.',
    })
    expect(problems({ capacity: '0' })).toHaveProperty('capacity')
    expect(problems({ title: '\u0000' })).toHaveProperty('title')
    // A wrong plain field does not hide the mistakes in how the fields relate: every one shows at once.
    expect(problems({ title: '', endTime: '09:00', meetingUrl: 'http://x.example' })).toEqual({
      title: 'Give the event a title.',
      endTime: 'The event must end after it starts.',
      meetingUrl: 'The meeting link must start with https://.',
    })
    expect(
      problems({ agenda: '02:30 | Night session', startDate: '2027-03-28', endDate: '2027-03-28' }),
    ).toEqual({
      agenda: 'This time does not exist in the chosen zone: the clocks change then.',
    })
  })
})

describe('event times', () => {
  test('are written in the reader’s zone and as the Centre writes them, across daylight-saving changes', () => {
    const summer = describeEventTime('2027-06-23T07:30:00Z', '2027-06-23T09:30:00Z', 'Asia/Tokyo', 'en')
    expect(summer.local).toBe('Wed 23 Jun 2027, 16:30–18:30 (Tokyo time)')
    expect(summer.centre).toBe('Wed 23 Jun 2027: 09:30 in Brussels (16:30 in Tokyo)')
    const winter = describeEventTime('2027-12-01T08:30:00Z', '2027-12-01T10:30:00Z', 'Europe/Brussels', 'en')
    expect(winter.centre).toBe('Wed 1 Dec 2027: 09:30 in Brussels (17:30 in Tokyo)')
    const late = describeEventTime('2027-12-01T17:00:00Z', '2027-12-01T18:00:00Z', 'Europe/Brussels', 'ja')
    expect(late.centre).toBe('2027年12月1日(水)：ブリュッセル 18:00（東京 02:00、2027年12月2日(木)）')
  })
})
