import type { Bar } from './chart'

const weeks = 12

/** Monday 00:00 UTC of the week `date` falls in. */
function weekStart(date: Date) {
  const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7))
  return start
}

export function lastWeeks(now: Date) {
  const current = weekStart(now)
  return Array.from({ length: weeks }, (_, index) => {
    const start = new Date(current)
    start.setUTCDate(start.getUTCDate() - 7 * (weeks - 1 - index))
    return start
  })
}

const weekLabel = (start: Date) => start.toISOString().slice(5, 10)

export async function perWeek(rows: Promise<{ week: Date; count: number }[]>, now: Date): Promise<Bar[]> {
  const counts = new Map((await rows).map((row) => [row.week.toISOString().slice(0, 10), row.count]))
  return lastWeeks(now).map((start) => ({
    label: weekLabel(start),
    value: counts.get(start.toISOString().slice(0, 10)) ?? 0,
  }))
}
