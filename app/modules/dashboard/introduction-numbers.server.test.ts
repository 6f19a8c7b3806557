import { describe, expect, test } from 'vitest'
import { createTestOrganisation } from '../../../prisma/seed/builders'
import { introductionRequestSchema } from '~/modules/introductions/introduction-fields'
import {
  acceptIntroduction,
  declineIntroduction,
  sendIntroductionRequest,
} from '~/modules/introductions/introductions.server'
import { centreCharts } from './centre-numbers.server'
import { describeDuration, introductionFunnel } from './introduction-numbers.server'

const request = introductionRequestSchema.parse({
  purpose: 'joint-rd',
  message: 'A request counted on the staff dashboard.',
  timeZone: 'Europe/Brussels',
})

// Other test files create requests at the same time: these happen in a week of their own.
const when = new Date('2031-03-12T10:00:00Z')
const barsOf = async (id: string) => (await centreCharts(when)).find((chart) => chart.id === id)!.bars

describe('introduction numbers on the dashboard', () => {
  test('sent, accepted and declined requests are counted by status and in this week’s bars', async () => {
    const sender = await createTestOrganisation({ country: 'ES' })
    const [first, second] = await Promise.all([
      createTestOrganisation({ country: 'JP' }),
      createTestOrganisation({ country: 'JP' }),
    ])
    const before = await introductionFunnel()

    const send = (to: typeof first) =>
      sendIntroductionRequest({
        senderId: sender.member.id,
        fromOrganisationId: sender.organisation.id,
        toOrganisationId: to.organisation.id,
        request,
        now: when,
      })
    const accepted = await send(first)
    const declined = await send(second)
    await acceptIntroduction({ introductionId: accepted, organisationId: first.organisation.id, now: when })
    await declineIntroduction({ introductionId: declined, organisationId: second.organisation.id, now: when })

    const after = await introductionFunnel()
    expect(after.byStatus.accepted).toBe(before.byStatus.accepted + 1)
    expect(after.byStatus.declined).toBe(before.byStatus.declined + 1)
    expect(after.acceptanceRate).toBeGreaterThan(0)
    expect(after.acceptanceRate).toBeLessThan(1)
    expect(after.medianHoursToFirstResponse).not.toBeNull()
    expect((await barsOf('introductions-sent-per-week')).at(-1)).toEqual({ label: '03-10', value: 2 })
    expect((await barsOf('introductions-accepted-per-week')).at(-1)!.value).toBe(1)
    expect((await barsOf('introductions-declined-per-week')).at(-1)!.value).toBe(1)
    expect((await barsOf('introductions-expired-per-week')).at(-1)!.value).toBe(0)
  })

  test('durations read as minutes, hours or days', () => {
    expect(describeDuration(null)).toBe('no answer yet')
    expect(describeDuration(0.25)).toBe('15 min')
    expect(describeDuration(5.4)).toBe('5 h')
    expect(describeDuration(72)).toBe('3 days')
  })
})
