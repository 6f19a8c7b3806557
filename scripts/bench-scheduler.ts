/**
 * The meeting scheduler on generated brokerage events, each measured against the solver's proven bound
 * and against first-come booking on the same event (npm run bench includes it; `npx tsx
 * scripts/bench-scheduler.ts` runs it alone).
 */
import { pathToFileURL } from 'node:url'
import { generatedEvent, seededRandom } from '~/modules/meetings/generated-event.server'
import { firstComeBooking, scheduleMeetings } from '~/modules/meetings/scheduler.server'

const events = [
  // The event: 40 tables for 12 slots hold 480 meetings, fewer than the wishes ask for.
  { participants: 300, slots: 12, tables: 40, wishes: 2500 },
  // Enough tables that people, not tables, limit the meetings.
  { participants: 300, slots: 12, tables: 150, wishes: 2500 },
]

export async function benchScheduler() {
  const results = []
  for (const size of events) {
    const problem = generatedEvent({ ...size, seed: 1 })
    const schedule = await scheduleMeetings(problem, { timeLimitSeconds: 8 })
    const firstCome = firstComeBooking(problem, seededRandom(1))
    const ownCalendars = firstComeBooking(problem, seededRandom(1), { seesBothCalendars: false })
    results.push({
      ...size,
      seconds: Number(schedule.seconds.toFixed(2)),
      meetings: schedule.meetings.length,
      value: schedule.value,
      bound: Math.round(schedule.bound),
      gapToBoundPercent: Number((((schedule.bound - schedule.value) / schedule.bound) * 100).toFixed(2)),
      optimal: schedule.optimal,
      firstComeMeetings: firstCome.meetings,
      firstComeValue: firstCome.value,
      moreMeetingsThanFirstComePercent: Number(
        ((schedule.meetings.length / firstCome.meetings - 1) * 100).toFixed(1),
      ),
      moreValueThanFirstComePercent: Number(((schedule.value / firstCome.value - 1) * 100).toFixed(1)),
      ownCalendarsMeetings: ownCalendars.meetings,
      moreMeetingsThanOwnCalendarsPercent: Number(
        ((schedule.meetings.length / ownCalendars.meetings - 1) * 100).toFixed(1),
      ),
    })
  }
  return results
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchScheduler().then((results) => process.stdout.write(`${JSON.stringify(results, null, 2)}\n`))
}
