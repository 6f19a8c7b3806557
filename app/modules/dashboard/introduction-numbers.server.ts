import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import { prisma } from '~/utils/db.server'
import type { Chart } from './chart'
import { lastWeeks, perWeek } from './weeks.server'

/**
 * How introduction requests fare: the acceptance rate among requests that got an outcome (accepted,
 * declined or expired) and the median time to a first answer. Introductions brokered by the Centre
 * are not requests and are left out.
 */
export async function introductionFunnel() {
  const [outcomes, [median]] = await Promise.all([
    prisma.introductionRequest.groupBy({
      by: ['status'],
      where: { brokeredById: null },
      _count: { _all: true },
    }),
    prisma.$queryRaw<{ hours: number | null }[]>`
      SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "respondedAt" - "createdAt")) / 3600)::float AS "hours"
        FROM "IntroductionRequest"
       WHERE "brokeredById" IS NULL AND "respondedAt" IS NOT NULL`,
  ])
  const count = (status: string) => outcomes.find((row) => row.status === status)?._count._all ?? 0
  const decided = count('accepted') + count('declined') + count('expired')
  return {
    byStatus: {
      pending: count('pending'),
      accepted: count('accepted'),
      declined: count('declined'),
      withdrawn: count('withdrawn'),
      expired: count('expired'),
    },
    acceptanceRate: decided ? count('accepted') / decided : null,
    medianHoursToFirstResponse: median?.hours ?? null,
  }
}

export function describeDuration(hours: number | null, locale: Locale = 'en') {
  const t = messagesFor(locale).staff.charts.durations
  if (hours === null) return t.none
  if (hours < 1) return t.minutes({ count: Math.max(1, Math.round(hours * 60)) })
  if (hours < 48) return t.hours({ count: Math.round(hours) })
  return t.days({ count: Math.round(hours / 24) })
}

export async function introductionCharts(now: Date, locale: Locale = 'en'): Promise<Chart[]> {
  const texts = messagesFor(locale)
  const t = texts.staff.charts
  const since = lastWeeks(now)[0]!
  const [funnel, sent, accepted, declined, expired] = await Promise.all([
    introductionFunnel(),
    perWeek(
      prisma.$queryRaw`SELECT date_trunc('week', "createdAt") AS "week", count(*)::int AS "count"
                         FROM "IntroductionRequest"
                        WHERE "brokeredById" IS NULL AND "createdAt" >= ${since} GROUP BY 1`,
      now,
    ),
    perWeek(
      prisma.$queryRaw`SELECT date_trunc('week', "respondedAt") AS "week", count(*)::int AS "count"
                         FROM "IntroductionRequest"
                        WHERE "brokeredById" IS NULL AND "status" = 'accepted' AND "respondedAt" >= ${since} GROUP BY 1`,
      now,
    ),
    perWeek(
      prisma.$queryRaw`SELECT date_trunc('week', "respondedAt") AS "week", count(*)::int AS "count"
                         FROM "IntroductionRequest"
                        WHERE "status" = 'declined' AND "respondedAt" >= ${since} GROUP BY 1`,
      now,
    ),
    perWeek(
      prisma.$queryRaw`SELECT date_trunc('week', "closedAt") AS "week", count(*)::int AS "count"
                         FROM "IntroductionRequest"
                        WHERE "status" = 'expired' AND "closedAt" >= ${since} GROUP BY 1`,
      now,
    ),
  ])
  const rate = funnel.acceptanceRate === null ? t.noOutcome : `${Math.round(funnel.acceptanceRate * 100)}%`
  const weekly = (
    id: string,
    { title, description }: { title: string; description: string },
    bars: Chart['bars'],
  ): Chart => ({ id, title: t.lastWeeks({ title }), description: `${description} ${t.weeksStart}`, bars })
  const statuses = texts.introductions.statuses
  return [
    {
      id: 'introductions-by-status',
      title: t.introductionsByStatus.title,
      description: t.introductionsByStatus.description({
        rate,
        median: describeDuration(funnel.medianHoursToFirstResponse, locale),
      }),
      bars: [
        { label: statuses.pending, value: funnel.byStatus.pending },
        { label: statuses.accepted, value: funnel.byStatus.accepted },
        { label: statuses.declined, value: funnel.byStatus.declined },
        { label: statuses.expired, value: funnel.byStatus.expired },
        { label: statuses.withdrawn, value: funnel.byStatus.withdrawn },
      ],
    },
    weekly('introductions-sent-per-week', t.sent, sent),
    weekly('introductions-accepted-per-week', t.accepted, accepted),
    weekly('introductions-declined-per-week', t.declined, declined),
    weekly('introductions-expired-per-week', t.expired, expired),
  ]
}
