import { expect, test } from 'vitest'
import { createTestEvent, createTestOrganisation } from '../../../prisma/seed/builders'
import { recordAttendance, register } from '~/modules/events/registrations.server'
import { prisma } from '~/utils/db.server'
import { centreCharts } from './centre-numbers.server'

test('the dashboard counts confirmed registrations per event and, for past events, attendance', async () => {
  const { event: past, staff } = await createTestEvent({ title: 'Past workshop on magnets' })
  const { event: coming } = await createTestEvent({ title: 'Coming webinar on batteries' }, { daysAhead: 40 })
  const people = await Promise.all([createTestOrganisation(), createTestOrganisation()])
  for (const event of [past, coming]) {
    for (const { member } of people)
      await register({
        eventId: event.id,
        actorId: member.id,
        people: [member.id],
        answer: null,
        listed: true,
      })
  }
  const registrations = await prisma.eventRegistration.findMany({ where: { eventId: past.id } })
  await recordAttendance(staff.id, past.id, [registrations[0]!.id])
  const later = new Date(past.endsAt.getTime() + 60_000)
  const charts = await centreCharts(later)
  const bars = (id: string) =>
    charts.find((chart) => chart.id === id)!.bars.map((bar) => [bar.label.split(': ')[1], bar.value])
  expect(bars('event-registrations')).toEqual([
    ['Past workshop on magnets', 2],
    ['Coming webinar on batteries', 2],
  ])
  expect(bars('event-attendance')).toEqual([['Past workshop on magnets', 1]])
})
