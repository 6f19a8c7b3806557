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

export function describeDuration(hours: number | null) {
  if (hours === null) return 'no answer yet'
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`
  if (hours < 48) return `${Math.round(hours)} h`
  return `${Math.round(hours / 24)} days`
}

export async function introductionCharts(now: Date): Promise<Chart[]> {
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
  const rate =
    funnel.acceptanceRate === null ? 'no outcome yet' : `${Math.round(funnel.acceptanceRate * 100)}%`
  const weekly = (id: string, title: string, description: string, bars: Chart['bars']): Chart => ({
    id,
    title: `${title} (last 12 weeks)`,
    description: `${description} Weeks start on Monday (UTC).`,
    bars,
  })
  return [
    {
      id: 'introductions-by-status',
      title: 'Introduction requests by status',
      description: `All requests between organisations (introductions brokered by the Centre excluded). Acceptance rate: ${rate} of requests accepted, declined or expired. Median time to first response: ${describeDuration(funnel.medianHoursToFirstResponse)}.`,
      bars: [
        { label: 'Waiting for an answer', value: funnel.byStatus.pending },
        { label: 'Accepted', value: funnel.byStatus.accepted },
        { label: 'Declined', value: funnel.byStatus.declined },
        { label: 'Expired unanswered', value: funnel.byStatus.expired },
        { label: 'Withdrawn', value: funnel.byStatus.withdrawn },
      ],
    },
    weekly(
      'introductions-sent-per-week',
      'Introduction requests sent per week',
      'By the week they were sent.',
      sent,
    ),
    weekly(
      'introductions-accepted-per-week',
      'Introduction requests accepted per week',
      'By the week of the answer.',
      accepted,
    ),
    weekly(
      'introductions-declined-per-week',
      'Introduction requests declined per week',
      'By the week of the answer.',
      declined,
    ),
    weekly(
      'introductions-expired-per-week',
      'Introduction requests expired per week',
      'By the week they expired.',
      expired,
    ),
  ]
}
