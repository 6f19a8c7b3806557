import type { SchedulingProblem, WishLevel } from './scheduler.server'

/** A small deterministic random number generator (mulberry32), so generated events repeat exactly. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A brokerage event like the Centre's: people from EU and Japanese organisations (some send two), who
 * wish to meet people of the other side, a few popular ones wished by many, some slots unavailable.
 */
export function generatedEvent({
  participants = 300,
  slots = 12,
  tables = 40,
  wishes = 2500,
  seed = 1,
}: Partial<{ participants: number; slots: number; tables: number; wishes: number; seed: number }> = {}) {
  const random = seededRandom(seed)
  const people: SchedulingProblem['people'] = []
  let organisation = 0
  while (people.length < participants) {
    const side = organisation % 2 === 0 ? 'eu' : 'jp'
    const count = random() < 0.2 ? 2 : 1
    for (let i = 0; i < count && people.length < participants; i++) {
      const unavailable = Array.from({ length: slots }, (_, slot) => slot).filter(() => random() < 0.08)
      people.push({
        id: `${side}-${organisation}-${i}`,
        organisationId: `${side}-${organisation}`,
        unavailable,
      })
    }
    organisation++
  }
  const eu = people.filter((person) => person.id.startsWith('eu'))
  const jp = people.filter((person) => person.id.startsWith('jp'))
  // Popularity skews towards some people, as at real events.
  const pick = (list: typeof people) => list[Math.floor(list.length * random() ** 1.6)]!
  const seen = new Set<string>()
  const list: SchedulingProblem['wishes'] = []
  while (list.length < wishes) {
    const fromEu = random() < 0.5
    const from = fromEu ? eu[Math.floor(random() * eu.length)]! : jp[Math.floor(random() * jp.length)]!
    const to = pick(fromEu ? jp : eu)
    const key = `${from.id}>${to.id}`
    if (seen.has(key)) continue
    seen.add(key)
    const roll = random()
    const level: WishLevel = roll < 0.3 ? 'must' : roll < 0.95 ? 'like' : 'no'
    list.push({ from: from.id, to: to.id, level })
  }
  return { people, slots, tables, wishes: list } satisfies SchedulingProblem
}
