import { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import type { Chart } from './chart'
import { introductionCharts } from './introduction-numbers.server'
import { lastWeeks, perWeek } from './weeks.server'

const regionNames: Record<string, string> = { eu: 'EU', jp: 'Japan', third: 'Third countries' }

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
  const [byRegionStatus, suspended, roles, materials, technologies, submitted, approved, introductions] =
    await Promise.all([
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
      introductionCharts(now),
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
    ...introductions,
  ]
}
