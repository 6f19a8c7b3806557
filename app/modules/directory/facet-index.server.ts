import { TypedFastBitSet } from 'typedfastbitset'
import { Prisma } from '~/generated/prisma/client'
import { listedSql } from '~/modules/profiles/listed.server'
import type { ProfileSnapshot } from '~/modules/profiles/snapshot'
import { readPrisma } from '~/utils/db.server'
import {
  filterKeys,
  type DirectoryQuery,
  type DirectorySort,
  type FacetCounts,
  type FilterKey,
} from './directory-query'

/**
 * The directory's filter values, as one bit set per value over all listed organisations, kept in
 * memory by each app server. Counting how many of the matching organisations have each value is then
 * a few thousand word operations per value, where counting in PostgreSQL meant unnesting every array of
 * every matching row on each request (ADR 011).
 *
 * Before each use, the organisations changed since the last look are read again (through the index on
 * the change time), so that counts follow every edit, approval and suspension, from any app server.
 * Organisations are never deleted, only unlisted.
 *
 * It also keeps every organisation in each of the directory's orders, so that the matches of a text
 * search are put in order by walking that list once, instead of sorting them in SQL on each request.
 */

type IndexedRow = Pick<
  ProfileSnapshot,
  'country' | 'roles' | 'materials' | 'technologies' | 'offers' | 'seeks' | 'markets'
> & {
  id: string
  listed: boolean
  region: string
  suppliesStreams: string[]
  takesStreams: string[]
  /** lower(name), as the directory sorts without words. */
  nameKey: string
  approvedAt: Date | null
  updatedAt: Date
}

type SortKey = { id: string; nameKey: string; approvedAt: number }

// The directory's orders (the same as without words, in SQL): code unit order, which is byte order
// (COLLATE "C") for every character outside the rare astral planes.
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const comparators: Record<DirectorySort, (a: SortKey, b: SortKey) => number> = {
  name: (a, b) => byKey(a.nameKey, b.nameKey) || byKey(a.id, b.id),
  // Listed organisations all have an approval time; the others are never shown.
  newest: (a, b) => b.approvedAt - a.approvedAt || byKey(a.id, b.id),
}

// Changes stamped up to this long before a look may not have been visible yet (a transaction still
// open, another server's clock), so each look reads them again.
const settleMs = 2 * 60 * 1000

const valuesOf = (row: IndexedRow): [FilterKey, string[]][] => [
  ['region', [row.region]],
  ['country', [row.country]],
  ['role', row.roles],
  ['material', row.materials],
  ['technology', row.technologies],
  ['offer', row.offers],
  ['seek', row.seeks],
  ['market', row.markets],
  ['supplies', row.suppliesStreams],
  ['takes', row.takesStreams],
]

const keyOf = (facet: FilterKey, value: string) => `${facet}:${value}`

class FacetIndex {
  private readonly slots = new Map<string, number>()
  private readonly keysBySlot: string[][] = []
  private readonly sets = new Map<string, TypedFastBitSet>()
  private readonly listed = new TypedFastBitSet()
  private readonly sortKeys: SortKey[] = []
  // Each order is built when first asked for, then kept up to date slot by slot.
  private readonly orders: Partial<Record<DirectorySort, number[]>> = {}
  private watermark: Date | null = null
  private looking: Promise<void> = Promise.resolve()

  /** Brings the index up to date; looks run one after another, each after the previous one ended. */
  refresh(): Promise<void> {
    this.looking = this.looking.catch(() => {}).then(() => this.readChanges())
    return this.looking
  }

  private async readChanges() {
    const startedAt = Date.now()
    const since = this.watermark
    const changedSince = since
      ? Prisma.sql`WHERE o."updatedAt" > (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC')`
      : Prisma.empty
    const rows = await readPrisma().$queryRaw<IndexedRow[]>`
      SELECT o."id", (${listedSql('o')}) AS "listed", o."region"::text AS "region",
             o."country", o."roles", o."materials", o."technologies", o."offers", o."seeks", o."markets",
             o."suppliesStreams", o."takesStreams", lower(o."name") AS "nameKey", o."approvedAt", o."updatedAt"
        FROM "Organisation" o ${changedSince}`
    for (const row of rows) this.put(row)
    this.watermark = new Date(startedAt - settleMs)
  }

  private put(row: IndexedRow) {
    let slot = this.slots.get(row.id)
    if (slot === undefined) {
      slot = this.slots.size
      this.slots.set(row.id, slot)
    }
    this.placeInOrders(slot, {
      id: row.id,
      nameKey: row.nameKey,
      approvedAt: row.approvedAt ? row.approvedAt.getTime() : -Infinity,
    })
    for (const key of this.keysBySlot[slot] ?? []) this.sets.get(key)!.remove(slot)
    this.listed.remove(slot)
    this.keysBySlot[slot] = []
    if (!row.listed) return
    this.listed.add(slot)
    const keys = valuesOf(row).flatMap(([facet, values]) => values.map((value) => keyOf(facet, value)))
    for (const key of keys) {
      let set = this.sets.get(key)
      if (!set) this.sets.set(key, (set = new TypedFastBitSet()))
      set.add(slot)
    }
    this.keysBySlot[slot] = keys
  }

  private placeInOrders(slot: number, key: SortKey) {
    const before = this.sortKeys[slot]
    if (before && before.nameKey === key.nameKey && before.approvedAt === key.approvedAt) return
    this.sortKeys[slot] = key
    for (const [sort, order] of Object.entries(this.orders) as [DirectorySort, number[]][]) {
      if (before) order.splice(order.indexOf(slot), 1)
      order.splice(this.positionIn(order, key, comparators[sort]), 0, slot)
    }
  }

  /** Where `key` goes in `order` (binary search). */
  private positionIn(order: number[], key: SortKey, compare: (a: SortKey, b: SortKey) => number) {
    let low = 0
    let high = order.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(this.sortKeys[order[middle]!]!, key) < 0) low = middle + 1
      else high = middle
    }
    return low
  }

  private order(sort: DirectorySort) {
    return (this.orders[sort] ??= this.sortKeys
      .map((_, slot) => slot)
      .sort((a, b) => comparators[sort](this.sortKeys[a]!, this.sortKeys[b]!)))
  }

  /**
   * How many listed organisations match `filters` (any value within a filter, every filter), restricted
   * to `within` when given, how many of those have each value, and whether a given one is among them.
   */
  count(filters: DirectoryQuery['filters'], within: TypedFastBitSet | null) {
    const base = within ? within.new_intersection(this.listed) : this.listed.clone()
    const anyOf = new Map<FilterKey, TypedFastBitSet>()
    for (const facet of filterKeys) {
      if (!filters[facet].length) continue
      const set = new TypedFastBitSet()
      for (const value of filters[facet]) {
        const valueSet = this.sets.get(keyOf(facet, value))
        if (valueSet) set.union(valueSet)
      }
      anyOf.set(facet, set)
    }
    const matchingExcept = (skipped: FilterKey | null) => {
      const matching = base.clone()
      for (const [facet, set] of anyOf) if (facet !== skipped) matching.intersection(set)
      return matching
    }
    const matching = matchingExcept(null)
    // A filter's own values are counted as if it were not set (the other filters still hold), so that
    // choosing "EU" still shows how many a second choice, "Japan", would add.
    const countBases = new Map(
      filterKeys.map((facet) => [facet, anyOf.has(facet) ? matchingExcept(facet) : matching]),
    )
    const facets = Object.fromEntries(filterKeys.map((facet) => [facet, {}])) as FacetCounts
    for (const [key, set] of this.sets) {
      const split = key.indexOf(':')
      const facet = key.slice(0, split) as FilterKey
      const count = countBases.get(facet)!.intersection_size(set)
      if (!count) continue
      facets[facet][key.slice(split + 1)] = count
    }
    return { total: matching.size(), facets, matching }
  }

  /**
   * Text matches that are listed and pass `filters`: how many, the counts per value, and their ids in
   * `sort` order, those whose names have more of the words first (`nameHits`, one per id).
   */
  rankTextMatches(
    filters: DirectoryQuery['filters'],
    { ids, nameHits }: { ids: string[]; nameHits: number[] },
    sort: DirectorySort,
  ) {
    const within = new TypedFastBitSet()
    // A search has at most a few words, so a byte per organisation holds its count.
    const hitsBySlot = new Uint8Array(this.sortKeys.length)
    ids.forEach((id, position) => {
      const slot = this.slots.get(id)
      if (slot === undefined) return
      within.add(slot)
      hitsBySlot[slot] = nameHits[position] ?? 0
    })
    const { total, facets, matching } = this.count(filters, within)
    const byHits: number[][] = []
    for (const slot of this.order(sort)) {
      if (!matching.has(slot)) continue
      const hits = hitsBySlot[slot]!
      ;(byHits[hits] ??= []).push(slot)
    }
    const ordered = byHits.reverse().flatMap((slots) => slots ?? [])
    return { total, facets, ids: ordered.map((slot) => this.sortKeys[slot]!.id) }
  }
}

const globalForIndex = globalThis as unknown as { directoryFacetIndex?: FacetIndex }

/** This server's facet index, up to date. */
export async function currentFacetIndex() {
  const index = (globalForIndex.directoryFacetIndex ??= new FacetIndex())
  await index.refresh()
  return index
}
