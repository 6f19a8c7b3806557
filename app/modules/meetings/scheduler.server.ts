import loadHighs from 'highs'

/**
 * One-to-one meetings at a brokerage event, placed by an integer programme (HiGHS): as many wished
 * meetings as possible, mutual "must meet" first, never two meetings for one person or organisation
 * in a slot, never more meetings in a slot than tables, never in a slot a person marked unavailable.
 */
export type WishLevel = 'must' | 'like' | 'no'

export type SchedulingProblem = {
  people: { id: string; organisationId: string; unavailable: number[] }[]
  /** Slots are numbered 0..slots-1, in time order. */
  slots: number
  tables: number
  /** One person's wish about another; a "no" from either side rules the pair out. */
  wishes: { from: string; to: string; level: WishLevel }[]
}

export type PlacedMeeting = { a: string; b: string; slot: number; table: number; weight: number }
export type UnplacedWish = { a: string; b: string; weight: number; reason: 'no-common-slot' | 'not-chosen' }

export type Schedule = {
  meetings: PlacedMeeting[]
  unplaced: UnplacedWish[]
  /** The sum of the placed meetings' weights, and the best any schedule could reach (the solver's bound). */
  value: number
  bound: number
  optimal: boolean
  seconds: number
}

/**
 * How much a meeting between two people is worth, from both sides' wishes: mutual "must meet" first,
 * then "must meet" on one side, then mutual "would like", then one-sided; one "no" rules the pair out.
 */
export function pairWeight(one: WishLevel | undefined, other: WishLevel | undefined) {
  if (one === 'no' || other === 'no') return 0
  const [high, low] = [one, other].sort((a, b) => rank(b) - rank(a))
  if (high === 'must') return low === 'must' ? 10 : low === 'like' ? 7 : 6
  if (high === 'like') return low === 'like' ? 3 : 2
  return 0
}

const rank = (level: WishLevel | undefined) => (level === 'must' ? 2 : level === 'like' ? 1 : 0)

type Pair = { a: string; b: string; weight: number; organisations: [string, string]; slots: number[] }

/** The pairs that someone wishes to meet, with their weights and the slots free for both people. */
export function wishedPairs(problem: SchedulingProblem): { pairs: Pair[]; impossible: UnplacedWish[] } {
  const people = new Map(problem.people.map((person) => [person.id, person]))
  const levels = new Map<string, WishLevel>()
  for (const wish of problem.wishes) levels.set(`${wish.from}\u0000${wish.to}`, wish.level)
  const seen = new Set<string>()
  const pairs: Pair[] = []
  const impossible: UnplacedWish[] = []
  for (const wish of problem.wishes) {
    const [a, b] = [wish.from, wish.to].sort() as [string, string]
    const key = `${a}\u0000${b}`
    if (seen.has(key)) continue
    seen.add(key)
    const [first, second] = [people.get(a), people.get(b)]
    if (!first || !second || first.organisationId === second.organisationId) continue
    const weight = pairWeight(levels.get(`${a}\u0000${b}`), levels.get(`${b}\u0000${a}`))
    if (!weight) continue
    const blocked = new Set([...first.unavailable, ...second.unavailable])
    const slots = Array.from({ length: problem.slots }, (_, slot) => slot).filter(
      (slot) => !blocked.has(slot),
    )
    if (!slots.length) impossible.push({ a, b, weight, reason: 'no-common-slot' })
    else pairs.push({ a, b, weight, organisations: [first.organisationId, second.organisationId], slots })
  }
  pairs.sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
  return { pairs, impossible }
}

/** The heuristic start: the heaviest pairs first, each in the earliest slot free for both organisations. */
export function greedySchedule(problem: SchedulingProblem, pairs: Pair[]) {
  const busy = new Set<string>()
  const used = new Array<number>(problem.slots).fill(0)
  const chosen = new Map<Pair, number>()
  for (const pair of pairs) {
    const slot = pair.slots.find(
      (s) =>
        used[s]! < problem.tables &&
        !busy.has(`${pair.organisations[0]}@${s}`) &&
        !busy.has(`${pair.organisations[1]}@${s}`),
    )
    if (slot === undefined) continue
    chosen.set(pair, slot)
    used[slot]!++
    busy.add(`${pair.organisations[0]}@${slot}`)
    busy.add(`${pair.organisations[1]}@${slot}`)
  }
  return chosen
}

let highsInstance: ReturnType<typeof loadHighs> | undefined

/** Solves the problem within `timeLimitSeconds`, starting from the greedy schedule. */
export async function scheduleMeetings(
  problem: SchedulingProblem,
  { timeLimitSeconds = 8 } = {},
): Promise<Schedule> {
  const started = performance.now()
  const { pairs, impossible } = wishedPairs(problem)
  const greedy = greedySchedule(problem, pairs)
  const columns: { pair: Pair; slot: number }[] = []
  for (const pair of pairs) for (const slot of pair.slots) columns.push({ pair, slot })
  const name = (index: number) => `x${index}`
  const objective = columns.map((column, index) => `${column.pair.weight} ${name(index)}`)
  const rows: string[] = []
  const byPair = new Map<Pair, number[]>()
  const byOrganisationSlot = new Map<string, number[]>()
  const bySlot = new Map<number, number[]>()
  columns.forEach(({ pair, slot }, index) => {
    byPair.set(pair, [...(byPair.get(pair) ?? []), index])
    for (const organisation of pair.organisations) {
      const key = `${organisation}@${slot}`
      byOrganisationSlot.set(key, [...(byOrganisationSlot.get(key) ?? []), index])
    }
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), index])
  })
  const sum = (indices: number[]) => indices.map(name).join(' + ')
  for (const indices of byPair.values()) if (indices.length > 1) rows.push(`${sum(indices)} <= 1`)
  for (const indices of byOrganisationSlot.values()) if (indices.length > 1) rows.push(`${sum(indices)} <= 1`)
  for (const indices of bySlot.values())
    if (indices.length > problem.tables) rows.push(`${sum(indices)} <= ${problem.tables}`)
  const start = columns.map(({ pair, slot }) => (greedy.get(pair) === slot ? 1 : 0))
  let chosenColumns: number[]
  let value: number
  let bound: number
  let optimal: boolean
  if (!columns.length) {
    chosenColumns = []
    value = 0
    bound = 0
    optimal = true
  } else {
    const lp = [
      'Maximize',
      ` obj: ${objective.join(' + ')}`,
      'Subject To',
      ...rows.map((row, index) => ` r${index}: ${row}`),
      ...(rows.length ? [] : [` r0: ${name(0)} <= 1`]),
      'Binary',
      ` ${columns.map((_, index) => name(index)).join(' ')}`,
      'End',
    ].join('\n')
    highsInstance ??= loadHighs()
    const highs = await highsInstance
    const model = highs.createModel({ format: 'lp', data: lp })
    try {
      model.options.set({
        output_flag: false,
        time_limit: timeLimitSeconds,
        mip_rel_gap: 1e-4,
        random_seed: 1,
      })
      model.setSolution({ colValue: start })
      model.run()
      const solution = model.getSolution().colValue
      chosenColumns = columns.flatMap((_, index) => ((solution[index] ?? 0) > 0.5 ? [index] : []))
      value = chosenColumns.reduce((total, index) => total + columns[index]!.pair.weight, 0)
      bound = Math.max(value, Number(model.info.get('mip_dual_bound')))
      optimal = bound - value < 0.5
    } finally {
      model.dispose()
    }
  }
  const tablesUsed = new Array<number>(problem.slots).fill(0)
  const placed = new Set<Pair>()
  const meetings = chosenColumns
    .map((index) => columns[index]!)
    .sort((x, y) => x.slot - y.slot)
    .map(({ pair, slot }) => {
      placed.add(pair)
      return { a: pair.a, b: pair.b, slot, table: ++tablesUsed[slot]!, weight: pair.weight }
    })
  return {
    meetings,
    unplaced: [
      ...impossible,
      ...pairs
        .filter((pair) => !placed.has(pair))
        .map(({ a, b, weight }) => ({ a, b, weight, reason: 'not-chosen' as const })),
    ],
    value,
    bound,
    optimal,
    seconds: (performance.now() - started) / 1000,
  }
}

/**
 * First-come booking, for comparison: requests arrive in the order given, and each accepted one takes a
 * slot its two people pick among those free for both (at random, as people pick when free to choose).
 */
export function firstComeBooking(problem: SchedulingProblem, random: () => number) {
  const { pairs } = wishedPairs(problem)
  const order = [...pairs].sort(() => random() - 0.5)
  const busy = new Set<string>()
  const used = new Array<number>(problem.slots).fill(0)
  let meetings = 0
  let value = 0
  for (const pair of order) {
    const free = pair.slots.filter(
      (s) =>
        used[s]! < problem.tables &&
        !busy.has(`${pair.organisations[0]}@${s}`) &&
        !busy.has(`${pair.organisations[1]}@${s}`),
    )
    if (!free.length) continue
    const slot = free[Math.floor(random() * free.length)]!
    used[slot]!++
    busy.add(`${pair.organisations[0]}@${slot}`)
    busy.add(`${pair.organisations[1]}@${slot}`)
    meetings++
    value += pair.weight
  }
  return { meetings, value }
}
