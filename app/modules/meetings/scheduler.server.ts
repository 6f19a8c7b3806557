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

type BinaryProgramme = {
  /** The value of each variable when it is 1 (maximised). */
  weights: number[]
  /** Each row: the variables it sums and the most the sum may be. */
  rows: { indices: number[]; upper: number }[]
  start?: number[]
}

/** Solves a 0/1 programme with HiGHS: the variables set, and the best value any solution could reach. */
async function solveBinaryProgramme({ weights, rows, start }: BinaryProgramme, timeLimitSeconds: number) {
  if (!weights.length) return { chosen: [] as number[], bound: 0 }
  const name = (index: number) => `x${index}`
  const binding = rows.filter((row) => row.indices.length > row.upper)
  const lp = [
    'Maximize',
    ` obj: ${weights.map((weight, index) => `${weight} ${name(index)}`).join(' + ')}`,
    'Subject To',
    ...(binding.length
      ? binding.map((row, index) => ` r${index}: ${row.indices.map(name).join(' + ')} <= ${row.upper}`)
      : [` r0: ${name(0)} <= 1`]),
    'Binary',
    ` ${weights.map((_, index) => name(index)).join(' ')}`,
    'End',
  ].join('\n')
  highsInstance ??= loadHighs()
  const highs = await highsInstance
  const model = highs.createModel({ format: 'lp', data: lp })
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.5, timeLimitSeconds),
      mip_rel_gap: 1e-4,
      random_seed: 1,
    })
    if (start) model.setSolution({ colValue: start })
    model.run()
    const values = model.getSolution().colValue
    const chosen = weights.flatMap((_, index) => ((values[index] ?? 0) > 0.5 ? [index] : []))
    const value = chosen.reduce((total, index) => total + weights[index]!, 0)
    return { chosen, bound: Math.max(value, Number(model.info.get('mip_dual_bound'))) }
  } finally {
    model.dispose()
  }
}

/** Meetings for `pairs` in the slots given, one variable per pair and slot free for both. */
function slotProgramme(problem: SchedulingProblem, pairs: Pair[], greedy: Map<Pair, number>) {
  const columns: { pair: Pair; slot: number }[] = []
  for (const pair of pairs) for (const slot of pair.slots) columns.push({ pair, slot })
  const groups = new Map<string, number[]>()
  const add = (key: string, index: number) => groups.set(key, [...(groups.get(key) ?? []), index])
  columns.forEach(({ pair, slot }, index) => {
    add(`pair ${pair.a}/${pair.b}`, index)
    for (const organisation of pair.organisations) add(`organisation ${organisation}@${slot}`, index)
    add(`slot ${slot}`, index)
  })
  const rows = [...groups].map(([key, indices]) => ({
    indices,
    upper: key.startsWith('slot ') ? problem.tables : 1,
  }))
  return {
    columns,
    programme: {
      weights: columns.map(({ pair }) => pair.weight),
      rows,
      start: columns.map(({ pair, slot }) => (greedy.get(pair) === slot ? 1 : 0)),
    },
  }
}

/**
 * A bound on any schedule's value, and the pairs worth meeting: the best choice of pairs when each
 * person and organisation may meet at most as often as they have free slots, and no more meetings than
 * tables in all. Every schedule keeps these limits, so no schedule is worth more.
 */
async function choosePairs(problem: SchedulingProblem, pairs: Pair[], timeLimitSeconds: number) {
  const people = new Map(problem.people.map((person) => [person.id, person]))
  const free = (unavailable: number[]) => problem.slots - new Set(unavailable).size
  const organisationSlots = new Map<string, Set<number>>()
  for (const person of problem.people) {
    const slots = organisationSlots.get(person.organisationId) ?? new Set<number>()
    for (let slot = 0; slot < problem.slots; slot++) if (!person.unavailable.includes(slot)) slots.add(slot)
    organisationSlots.set(person.organisationId, slots)
  }
  const groups = new Map<string, { indices: number[]; upper: number }>()
  const add = (key: string, upper: number, index: number) => {
    const group = groups.get(key) ?? { indices: [], upper }
    group.indices.push(index)
    groups.set(key, group)
  }
  pairs.forEach((pair, index) => {
    for (const id of [pair.a, pair.b]) add(`person ${id}`, free(people.get(id)!.unavailable), index)
    for (const organisation of pair.organisations)
      add(`organisation ${organisation}`, organisationSlots.get(organisation)!.size, index)
    add('tables', problem.slots * problem.tables, index)
  })
  return solveBinaryProgramme(
    { weights: pairs.map((pair) => pair.weight), rows: [...groups.values()] },
    timeLimitSeconds,
  )
}

/**
 * Places more of the wished pairs into a schedule: each pair left out, best first, takes a slot free for
 * both organisations, or one where the meetings in its way move to another slot that is free for them
 * (a meeting worth less than it may also give way). Repeats while it finds more.
 */
export function improvePlacement(
  problem: SchedulingProblem,
  pairs: Pair[],
  placed: { pair: Pair; slot: number }[],
) {
  const slotOf = new Map(placed.map(({ pair, slot }) => [pair, slot]))
  const holder = new Map<string, Pair>()
  const used = new Array<number>(problem.slots).fill(0)
  const key = (organisation: string, slot: number) => `${organisation}@${slot}`
  const put = (pair: Pair, slot: number) => {
    slotOf.set(pair, slot)
    used[slot]!++
    for (const organisation of pair.organisations) holder.set(key(organisation, slot), pair)
  }
  const take = (pair: Pair) => {
    const slot = slotOf.get(pair)!
    slotOf.delete(pair)
    used[slot]!--
    for (const organisation of pair.organisations) holder.delete(key(organisation, slot))
    return slot
  }
  for (const { pair, slot } of placed) put(pair, slot)
  const freeFor = (pair: Pair, slot: number) =>
    used[slot]! < problem.tables && pair.organisations.every((o) => !holder.has(key(o, slot)))
  for (let pass = 0, improved = true; improved && pass < 4; pass++) {
    improved = false
    for (const pair of pairs) {
      if (slotOf.has(pair)) continue
      for (const slot of pair.slots) {
        const inTheWay = [...new Set(pair.organisations.flatMap((o) => holder.get(key(o, slot)) ?? []))]
        const moved: { pair: Pair; from: number }[] = []
        let blocked = false
        for (const other of inTheWay) {
          const from = take(other)
          const to = other.slots.find((candidate) => candidate !== slot && freeFor(other, candidate))
          if (to === undefined) {
            put(other, from)
            blocked = true
            break
          }
          put(other, to)
          moved.push({ pair: other, from })
        }
        if (!blocked && freeFor(pair, slot)) {
          put(pair, slot)
          improved = true
          break
        }
        for (const { pair: other, from } of moved.reverse()) {
          take(other)
          put(other, from)
        }
        // One meeting worth less in the way, with nowhere else to go, gives way.
        const [only] = inTheWay
        if (blocked && inTheWay.length === 1 && only!.weight < pair.weight) {
          const from = take(only!)
          if (freeFor(pair, slot)) {
            put(pair, slot)
            improved = true
            break
          }
          put(only!, from)
        }
      }
    }
  }
  return [...slotOf].map(([pair, slot]) => ({ pair, slot }))
}

/** Small events are solved whole; larger ones choose the pairs first, then their slots. */
const wholeProgrammeLimit = 6_000

/** Schedules the meetings within about `timeLimitSeconds`, starting from the greedy schedule. */
export async function scheduleMeetings(
  problem: SchedulingProblem,
  { timeLimitSeconds = 8 } = {},
): Promise<Schedule> {
  const started = performance.now()
  const elapsed = () => (performance.now() - started) / 1000
  const { pairs, impossible } = wishedPairs(problem)
  const columnCount = pairs.reduce((total, pair) => total + pair.slots.length, 0)
  let placedColumns: { pair: Pair; slot: number }[]
  let bound: number
  if (columnCount <= wholeProgrammeLimit) {
    const { columns, programme } = slotProgramme(problem, pairs, greedySchedule(problem, pairs))
    const solved = await solveBinaryProgramme(programme, timeLimitSeconds)
    placedColumns = solved.chosen.map((index) => columns[index]!)
    bound = solved.bound
  } else {
    const choice = await choosePairs(problem, pairs, timeLimitSeconds / 4)
    bound = choice.bound
    const chosen = choice.chosen.map((index) => pairs[index]!)
    const { columns, programme } = slotProgramme(problem, chosen, greedySchedule(problem, chosen))
    const solved = await solveBinaryProgramme(programme, timeLimitSeconds - elapsed())
    placedColumns = solved.chosen.map((index) => columns[index]!)
    placedColumns = improvePlacement(problem, pairs, placedColumns)
  }
  const value = placedColumns.reduce((total, { pair }) => total + pair.weight, 0)
  const tablesUsed = new Array<number>(problem.slots).fill(0)
  const placed = new Set<Pair>()
  const meetings = [...placedColumns]
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
    bound: Math.max(value, bound),
    optimal: Math.max(value, bound) - value < 0.5,
    seconds: elapsed(),
  }
}

/** The same items in a random order (Fisher-Yates). */
function shuffled<Item>(items: Item[], random: () => number) {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

/**
 * First-come booking, for comparison: requests arrive in random order and are booked as they come.
 * With `seesBothCalendars`, the two people take a slot at random among those free for both; without
 * (as when people propose times from their own calendar), the one asking proposes one of their own free
 * slots, the other proposes one of theirs if that one does not suit, and otherwise they do not meet.
 */
export function firstComeBooking(
  problem: SchedulingProblem,
  random: () => number,
  { seesBothCalendars = true } = {},
) {
  const { pairs } = wishedPairs(problem)
  const people = new Map(problem.people.map((person) => [person.id, person]))
  const busy = new Set<string>()
  const used = new Array<number>(problem.slots).fill(0)
  const freeFor = (pair: Pair, slot: number) =>
    used[slot]! < problem.tables && pair.organisations.every((o) => !busy.has(`${o}@${slot}`))
  const ownFree = (personId: string, organisation: string) =>
    Array.from({ length: problem.slots }, (_, slot) => slot).filter(
      (slot) => !people.get(personId)!.unavailable.includes(slot) && !busy.has(`${organisation}@${slot}`),
    )
  const pickFrom = (slots: number[]) =>
    slots.length ? slots[Math.floor(random() * slots.length)]! : undefined
  let meetings = 0
  let value = 0
  for (const pair of shuffled(pairs, random)) {
    let slot: number | undefined
    if (seesBothCalendars) slot = pickFrom(pair.slots.filter((s) => freeFor(pair, s)))
    else {
      const sides = random() < 0.5 ? ([0, 1] as const) : ([1, 0] as const)
      for (const side of sides) {
        const proposal = pickFrom(ownFree(side === 0 ? pair.a : pair.b, pair.organisations[side]))
        if (proposal !== undefined && pair.slots.includes(proposal) && freeFor(pair, proposal)) {
          slot = proposal
          break
        }
      }
    }
    if (slot === undefined) continue
    used[slot]!++
    for (const organisation of pair.organisations) busy.add(`${organisation}@${slot}`)
    meetings++
    value += pair.weight
  }
  return { meetings, value }
}
