import { Prisma } from '~/generated/prisma/client'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import { termLabel } from '~/modules/taxonomy/term-label'
import { prisma } from '~/utils/db.server'
import type { Chart } from './chart'
import { eventCharts } from './event-numbers.server'
import { meetingCharts } from './meeting-charts.server'
import { introductionCharts } from './introduction-numbers.server'
import { lastWeeks, perWeek } from './weeks.server'
import { listedSql } from '~/modules/profiles/listed.server'

async function topTags(
  column: 'roles' | 'materials' | 'technologies',
  labels: Map<string, string>,
  limit = 10,
) {
  const rows = await prisma.$queryRaw<{ code: string; count: number }[]>`
    SELECT code, count(*)::int AS "count"
      FROM "Organisation" o, unnest(o.${Prisma.raw(`"${column}"`)}) AS code
     WHERE ${listedSql('o')}
     GROUP BY code ORDER BY count(*) DESC, code ASC LIMIT ${limit}`
  return rows.map((row) => ({ label: labels.get(row.code) ?? row.code, value: row.count }))
}

/** The numbers the Centre reports on, as charts (each also downloadable as CSV), in `locale`. */
export async function centreCharts(now = new Date(), locale: Locale = 'en'): Promise<Chart[]> {
  const t = messagesFor(locale).staff.charts
  const since = lastWeeks(now)[0]!
  const terms = await prisma.taxonomyTerm.findMany({ select: { code: true, labelEn: true, labelJa: true } })
  const labels = new Map(terms.map((term) => [term.code, termLabel(term, locale)]))
  const [
    byRegionStatus,
    suspended,
    roles,
    materials,
    technologies,
    submitted,
    approved,
    introductions,
    events,
    meetings,
  ] = await Promise.all([
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
    introductionCharts(now, locale),
    eventCharts(now, locale),
    meetingCharts(now, locale),
  ])
  const regionStatusBars = byRegionStatus
    .map((group) => ({
      label: `${t.regions[group.region]}: ${t.statuses[group.status]}`,
      value: group._count._all,
    }))
    .sort((a, b) => a.label.localeCompare(b.label))
  return [
    {
      id: 'organisations-by-region-status',
      title: t.byRegionStatus.title,
      description: t.byRegionStatus.description({ suspended }),
      bars: regionStatusBars,
    },
    {
      id: 'top-roles',
      ...t.topRoles,
      bars: roles,
    },
    {
      id: 'top-materials',
      ...t.topMaterials,
      bars: materials,
    },
    {
      id: 'top-technologies',
      ...t.topTechnologies,
      bars: technologies,
    },
    {
      id: 'submitted-per-week',
      title: t.lastWeeks(t.submitted),
      description: `${t.submitted.description} ${t.weeksStart}`,
      bars: submitted,
    },
    {
      id: 'approved-per-week',
      title: t.lastWeeks(t.approved),
      description: `${t.approved.description} ${t.weeksStart}`,
      bars: approved,
    },
    ...introductions,
    ...events,
    ...meetings,
  ]
}
