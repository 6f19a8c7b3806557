import { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import type { Bar, Chart } from './chart'

const weeks = 12
const regionNames: Record<string, string> = { eu: 'EU', jp: 'Japan', third: 'Third countries' }

/** Monday 00:00 UTC of the week `date` falls in. */
function weekStart(date: Date) {
  const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7))
  return start
}

function lastWeeks(now: Date) {
  const current = weekStart(now)
  return Array.from({ length: weeks }, (_, index) => {
    const start = new Date(current)
    start.setUTCDate(start.getUTCDate() - 7 * (weeks - 1 - index))
    return start
  })
}

const weekLabel = (start: Date) => start.toISOString().slice(5, 10)

async function perWeek(rows: Promise<{ week: Date; count: number }[]>, now: Date): Promise<Bar[]> {
  const counts = new Map((await rows).map((row) => [row.week.toISOString().slice(0, 10), row.count]))
  return lastWeeks(now).map((start) => ({
    label: weekLabel(start),
    value: counts.get(start.toISOString().slice(0, 10)) ?? 0,
  }))
}

async function topTags(
  column: 'roles' | 'materials' | 'technologies',
  labels: Map<string, string>,
  limit = 10,
) {
  const rows = await prisma.$queryRaw<{ code: string; count: number }[]>`
    SELECT code, count(*)::int AS "count"
      FROM "Organisation" o, unnest(o.${Prisma.raw(`"${column}"`)}) AS code
     WHERE o."status" = 'approved' AND o."suspendedAt" IS NULL
     GROUP BY code ORDER BY count(*) DESC, code ASC LIMIT ${limit}`
  return rows.map((row) => ({ label: labels.get(row.code) ?? row.code, value: row.count }))
}

/** The numbers the Centre reports on, as charts (each also downloadable as CSV). */
export async function centreCharts(now = new Date()): Promise<Chart[]> {
  const since = lastWeeks(now)[0]!
  const terms = await prisma.taxonomyTerm.findMany({ select: { code: true, labelEn: true } })
  const labels = new Map(terms.map((term) => [term.code, term.labelEn]))
  const [byRegionStatus, suspended, roles, materials, technologies, submitted, approved] = await Promise.all([
    prisma.organisation.groupBy({
      by: ['region', 'status'],
      where: { suspendedAt: null },
      _count: { _all: true },
    }),
    prisma.organisation.count({ where: { suspendedAt: { not: null } } }),
    topTags('roles', labels),
    topTags('materials', labels),
    topTags('technologies', labels),
    perWeek(
      prisma.$queryRaw`SELECT date_trunc('week', "submittedAt") AS "week", count(*)::int AS "count"
                         FROM "Organisation" WHERE "submittedAt" >= ${since} GROUP BY 1`,
      now,
    ),
    perWeek(
      prisma.$queryRaw`SELECT date_trunc('week', "at") AS "week", count(*)::int AS "count"
                         FROM "AuditEntry" WHERE "action" = 'profile.approve' AND "at" >= ${since} GROUP BY 1`,
      now,
    ),
  ])
  const regionStatusBars = byRegionStatus
    .map((group) => ({ label: `${regionNames[group.region]}: ${group.status}`, value: group._count._all }))
    .sort((a, b) => a.label.localeCompare(b.label))
  return [
    {
      id: 'organisations-by-region-status',
      title: 'Organisations by region and status',
      description: `Every organisation not suspended, by region and profile status. Suspended: ${suspended}.`,
      bars: regionStatusBars,
    },
    {
      id: 'top-roles',
      title: 'Approved organisations by value-chain role (top 10)',
      description: 'An organisation counts once per role it has.',
      bars: roles,
    },
    {
      id: 'top-materials',
      title: 'Approved organisations by material (top 10)',
      description: 'An organisation counts once per material it has.',
      bars: materials,
    },
    {
      id: 'top-technologies',
      title: 'Approved organisations by technology (top 10)',
      description: 'An organisation counts once per technology it has.',
      bars: technologies,
    },
    {
      id: 'submitted-per-week',
      title: 'Profiles submitted per week (last 12 weeks)',
      description: 'By the week of their latest submission; weeks start on Monday (UTC).',
      bars: submitted,
    },
    {
      id: 'approved-per-week',
      title: 'Profiles approved per week (last 12 weeks)',
      description: 'Approvals recorded in the audit log; weeks start on Monday (UTC).',
      bars: approved,
    },
  ]
}
