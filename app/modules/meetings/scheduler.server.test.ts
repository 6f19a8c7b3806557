import { describe, expect, test } from 'vitest'
import { generatedEvent, seededRandom } from './generated-event.server'
import {
  firstComeBooking,
  improvePlacement,
  pairWeight,
  scheduleMeetings,
  wishedPairs,
  type SchedulingProblem,
} from './scheduler.server'

/** Every rule a schedule must keep, checked from the outside. */
function problemsOf(
  problem: SchedulingProblem,
  meetings: { a: string; b: string; slot: number; table: number }[],
) {
  const people = new Map(problem.people.map((person) => [person.id, person]))
  const found: string[] = []
  const taken = new Set<string>()
  const pairs = new Set<string>()
  for (const { a, b, slot, table } of meetings) {
    const [first, second] = [people.get(a)!, people.get(b)!]
    for (const key of [
      `org ${first.organisationId}@${slot}`,
      `org ${second.organisationId}@${slot}`,
      `table ${table}@${slot}`,
    ]) {
      if (taken.has(key)) found.push(`double-booked ${key}`)
      taken.add(key)
    }
    if (table < 1 || table > problem.tables) found.push(`no table ${table}`)
    if (first.unavailable.includes(slot) || second.unavailable.includes(slot))
      found.push(`unavailable ${a}/${b}@${slot}`)
    if (pairs.has(`${a}/${b}`)) found.push(`twice ${a}/${b}`)
    pairs.add(`${a}/${b}`)
  }
  return found
}

/** The best schedule by trying every choice: only for tiny problems. */
function bruteForceBest(problem: SchedulingProblem) {
  const { pairs } = wishedPairs(problem)
  let best = 0
  const busy = new Set<string>()
  const used = new Array<number>(problem.slots).fill(0)
  const walk = (index: number, value: number) => {
    if (index === pairs.length) {
      best = Math.max(best, value)
      return
    }
    walk(index + 1, value)
    const pair = pairs[index]!
    for (const slot of pair.slots) {
      const keys = pair.organisations.map((organisation) => `${organisation}@${slot}`)
      if (used[slot]! >= problem.tables || keys.some((key) => busy.has(key))) continue
      keys.forEach((key) => busy.add(key))
      used[slot]!++
      walk(index + 1, value + pair.weight)
      keys.forEach((key) => busy.delete(key))
      used[slot]!--
    }
  }
  walk(0, 0)
  return best
}

describe('the meeting scheduler', () => {
  test('mutual "must meet" weighs most, one "no" rules a pair out', () => {
    expect(pairWeight('must', 'must')).toBeGreaterThan(pairWeight('must', 'like'))
    expect(pairWeight('must', 'like')).toBeGreaterThan(pairWeight('must', undefined))
    expect(pairWeight('must', undefined)).toBeGreaterThan(pairWeight('like', 'like'))
    expect(pairWeight('like', undefined)).toBeGreaterThan(0)
    expect(pairWeight('must', 'no')).toBe(0)
  })

  test('finds the optimum of small events, keeping every rule', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const problem = generatedEvent({ participants: 8, slots: 3, tables: 2, wishes: 12, seed })
      const schedule = await scheduleMeetings(problem)
      expect(problemsOf(problem, schedule.meetings)).toEqual([])
      expect(schedule.value).toBe(bruteForceBest(problem))
      expect(schedule.optimal).toBe(true)
    }
  })

  test('a large event gets a valid schedule within the time limit, never below first-come booking', async () => {
    const problem = generatedEvent({ participants: 300, slots: 12, tables: 40, wishes: 2500, seed: 5 })
    const schedule = await scheduleMeetings(problem, { timeLimitSeconds: 5 })
    expect(problemsOf(problem, schedule.meetings)).toEqual([])
    expect(schedule.value).toBeLessThanOrEqual(schedule.bound)
    const firstCome = firstComeBooking(problem, seededRandom(5))
    expect(schedule.meetings.length).toBeGreaterThanOrEqual(firstCome.meetings)
    expect(schedule.value).toBeGreaterThan(firstCome.value)
    const wished = new Set(
      problem.wishes.filter((wish) => wish.level !== 'no').map((w) => [w.from, w.to].sort().join('/')),
    )
    expect(schedule.meetings.every((meeting) => wished.has(`${meeting.a}/${meeting.b}`))).toBe(true)
  }, 30_000)

  test('a meeting in the way moves to another slot so that one more pair meets', () => {
    const problem: SchedulingProblem = {
      slots: 2,
      tables: 5,
      people: [
        { id: 'a', organisationId: 'A', unavailable: [] },
        { id: 'b', organisationId: 'B', unavailable: [] },
        { id: 'c', organisationId: 'C', unavailable: [1] },
      ],
      wishes: [
        { from: 'a', to: 'b', level: 'must' },
        { from: 'a', to: 'c', level: 'like' },
      ],
    }
    const { pairs } = wishedPairs(problem)
    const ab = pairs.find((pair) => pair.b === 'b')!
    const improved = improvePlacement(problem, pairs, [{ pair: ab, slot: 0 }])
    expect(improved.map(({ pair, slot }) => `${pair.a}-${pair.b}@${slot}`).sort()).toEqual(['a-b@1', 'a-c@0'])
  })
})
