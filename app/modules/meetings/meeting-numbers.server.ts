import { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { agreementKinds, followUpAnswers, meetingOutcomes } from './meeting-rules'

type Counts = {
  requested: number
  accepted: number
  scheduled: number
  held: number
  noShows: number
}

const eventFilter = (eventId: string | null) =>
  eventId ? Prisma.sql`AND m."eventId" = ${eventId}` : Prisma.empty

/**
 * What the Centre's matchmaking achieved, for one event or all: meetings requested (by participants),
 * accepted, scheduled (by the organiser), held (a confirmed meeting whose slot has ended and that no side
 * said did not take place) and no-shows (one side said it did not), how meetings went, and what the
 * organisations answered later, agreements by kind.
 */
export async function meetingNumbers(eventId: string | null, now = new Date()) {
  const [counts] = await prisma.$queryRaw<Counts[]>`
    SELECT count(*) FILTER (WHERE m."message" IS NOT NULL)::int AS "requested",
           count(*) FILTER (WHERE m."status" = 'accepted')::int AS "accepted",
           count(*) FILTER (WHERE m."status" = 'scheduled')::int AS "scheduled",
           count(*) FILTER (WHERE m."status" IN ('accepted', 'scheduled') AND s."endsAt" <= ${now}
                            AND NOT EXISTS (SELECT 1 FROM "MeetingRating" r WHERE r."meetingId" = m."id" AND r."outcome" = 'not_held'))::int AS "held",
           count(*) FILTER (WHERE m."status" IN ('accepted', 'scheduled') AND s."endsAt" <= ${now}
                            AND EXISTS (SELECT 1 FROM "MeetingRating" r WHERE r."meetingId" = m."id" AND r."outcome" = 'not_held'))::int AS "noShows"
      FROM "EventMeeting" m LEFT JOIN "EventSlot" s ON s."id" = m."slotId"
     WHERE true ${eventFilter(eventId)}`
  const ratings = await prisma.$queryRaw<{ outcome: string; count: number }[]>`
    SELECT r."outcome"::text AS "outcome", count(*)::int AS "count"
      FROM "MeetingRating" r JOIN "EventMeeting" m ON m."id" = r."meetingId"
     WHERE true ${eventFilter(eventId)} GROUP BY r."outcome"`
  const answers = await prisma.$queryRaw<{ answer: string; kind: string | null; count: number }[]>`
    SELECT f."answer"::text AS "answer", f."agreementKind"::text AS "kind", count(*)::int AS "count"
      FROM "FollowUp" f LEFT JOIN "EventMeeting" m ON m."id" = f."meetingId"
     WHERE f."answer" IS NOT NULL ${eventId ? Prisma.sql`AND m."eventId" = ${eventId}` : Prisma.empty}
     GROUP BY f."answer", f."agreementKind"`
  const c = counts!
  const past = c.held + c.noShows
  return {
    ...c,
    noShowRate: past ? c.noShows / past : null,
    outcomes: Object.fromEntries(
      meetingOutcomes.map((o) => [o, ratings.find((r) => r.outcome === o)?.count ?? 0]),
    ) as Record<(typeof meetingOutcomes)[number], number>,
    answers: Object.fromEntries(
      followUpAnswers.map((a) => [a, answers.filter((r) => r.answer === a).reduce((t, r) => t + r.count, 0)]),
    ) as Record<(typeof followUpAnswers)[number], number>,
    agreements: Object.fromEntries(
      agreementKinds.map((k) => [k, answers.find((r) => r.kind === k)?.count ?? 0]),
    ) as Record<(typeof agreementKinds)[number], number>,
  }
}

export type MeetingNumbers = Awaited<ReturnType<typeof meetingNumbers>>

/** Per month of the events' start: meetings confirmed, held, no-shows, and meetings that led to an agreement. */
export async function meetingNumbersByMonth(now = new Date()) {
  return prisma.$queryRaw<
    { month: string; confirmed: number; held: number; noShows: number; agreements: number }[]
  >`
    WITH confirmed AS (
      SELECT date_trunc('month', e."startsAt") AS "month", m."id", s."endsAt" <= ${now} AS "past",
             EXISTS (SELECT 1 FROM "MeetingRating" r WHERE r."meetingId" = m."id" AND r."outcome" = 'not_held') AS "notHeld",
             EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."meetingId" = m."id" AND f."answer" = 'agreement') AS "agreement"
        FROM "EventMeeting" m JOIN "Event" e ON e."id" = m."eventId" LEFT JOIN "EventSlot" s ON s."id" = m."slotId"
       WHERE m."status" IN ('accepted', 'scheduled'))
    SELECT to_char("month", 'YYYY-MM') AS "month", count(*)::int AS "confirmed",
           count(*) FILTER (WHERE "past" AND NOT "notHeld")::int AS "held",
           count(*) FILTER (WHERE "past" AND "notHeld")::int AS "noShows",
           count(*) FILTER (WHERE "agreement")::int AS "agreements"
      FROM confirmed GROUP BY "month" ORDER BY "month"`
}

/**
 * No-shows by person and organisation at an event: meetings the other side said did not take place,
 * while the person did not say so themself (they would not have come either way).
 */
export async function noShowsAt(eventId: string) {
  return prisma.$queryRaw<{ person: string; organisation: string; count: number }[]>`
    SELECT u."displayName" AS "person", o."name" AS "organisation", count(*)::int AS "count"
      FROM "EventMeeting" m
      JOIN LATERAL (VALUES (m."requesterId", m."requesterOrganisationId", m."inviteeId"),
                           (m."inviteeId", m."inviteeOrganisationId", m."requesterId")) AS side("userId", "organisationId", "otherId") ON true
      JOIN "MeetingRating" r ON r."meetingId" = m."id" AND r."userId" = side."otherId" AND r."outcome" = 'not_held'
      JOIN "User" u ON u."id" = side."userId"
      JOIN "Organisation" o ON o."id" = side."organisationId"
     WHERE m."eventId" = ${eventId} AND m."status" IN ('accepted', 'scheduled')
       AND NOT EXISTS (SELECT 1 FROM "MeetingRating" own WHERE own."meetingId" = m."id" AND own."userId" = side."userId")
     GROUP BY u."displayName", o."name" ORDER BY 3 DESC, 2, 1`
}

/** Every meeting of an event, for the staff CSV. */
export function meetingRows(eventId: string) {
  return prisma.eventMeeting.findMany({
    where: { eventId },
    include: {
      slot: true,
      table: true,
      requester: { select: { displayName: true, email: true } },
      invitee: { select: { displayName: true, email: true } },
      requesterOrganisation: { select: { name: true, country: true } },
      inviteeOrganisation: { select: { name: true, country: true } },
      ratings: true,
      followUps: { select: { organisationId: true, answer: true, agreementKind: true } },
    },
    orderBy: [{ slot: { startsAt: 'asc' } }, { createdAt: 'asc' }],
  })
}

/** An event's meetings as CSV rows: who met whom, when, where, how it went and what came of it. */
export async function meetingCsv(eventId: string) {
  const meetings = await meetingRows(eventId)
  const columns = [
    'status',
    'starts_at_utc',
    'table',
    'requester',
    'requester_email',
    'requester_organisation',
    'requester_country',
    'invitee',
    'invitee_email',
    'invitee_organisation',
    'invitee_country',
    'requester_rating',
    'invitee_rating',
    'requester_follow_up',
    'invitee_follow_up',
    'agreement_kinds',
  ] as const
  const rows = meetings.map((m) => {
    const rating = (userId: string) => m.ratings.find((r) => r.userId === userId)?.outcome ?? ''
    const followUp = (organisationId: string) => m.followUps.find((f) => f.organisationId === organisationId)
    const requesterOrganisationId = m.requesterOrganisationId
    const inviteeOrganisationId = m.inviteeOrganisationId
    return [
      m.status,
      m.slot?.startsAt.toISOString() ?? '',
      m.table?.name ?? '',
      m.requester.displayName,
      m.requester.email,
      m.requesterOrganisation.name,
      m.requesterOrganisation.country,
      m.invitee.displayName,
      m.invitee.email,
      m.inviteeOrganisation.name,
      m.inviteeOrganisation.country,
      rating(m.requesterId),
      rating(m.inviteeId),
      followUp(requesterOrganisationId)?.answer ?? '',
      followUp(inviteeOrganisationId)?.answer ?? '',
      [...new Set(m.followUps.map((f) => f.agreementKind).filter(Boolean))].join(' '),
    ]
  })
  return { columns, rows }
}

/** The numbers by month, for the dashboard's CSV. */
export async function meetingMonthsCsv() {
  const months = await meetingNumbersByMonth()
  return {
    columns: ['month', 'confirmed', 'held', 'no_shows', 'agreements'] as const,
    rows: months.map((m) => [m.month, m.confirmed, m.held, m.noShows, m.agreements]),
  }
}
