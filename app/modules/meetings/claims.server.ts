import { Prisma } from '~/generated/prisma/client'
import { holder } from './meeting-rules'

type Sides = {
  requesterId: string
  inviteeId: string
  requesterOrganisationId: string
  inviteeOrganisationId: string
}

/** The claims a meeting takes in its slot: both people and both organisations. */
export const peopleAndOrganisations = (meeting: Sides) => [
  holder.person(meeting.requesterId),
  holder.person(meeting.inviteeId),
  holder.organisation(meeting.requesterOrganisationId),
  holder.organisation(meeting.inviteeOrganisationId),
]

/**
 * Takes every claim or none: returns false when any of them is already held (by a meeting or an
 * unavailability), and the caller refuses, rolling the transaction back. Taken with ON CONFLICT so that a
 * clash never aborts the transaction; a competing writer's claim that is not yet committed makes this
 * wait until it is, so two writers never both succeed.
 */
export async function takeClaims(
  tx: Prisma.TransactionClient,
  slotId: string,
  holders: string[],
  meetingId: string | null,
) {
  if (!holders.length) return true
  const rows = holders.map((value) => Prisma.sql`(${slotId}, ${value}, ${meetingId})`)
  const taken = await tx.$executeRaw`
    INSERT INTO "MeetingClaim" ("slotId", "holder", "meetingId") VALUES ${Prisma.join(rows)}
    ON CONFLICT DO NOTHING`
  return taken === holders.length
}

/**
 * Takes the first table free in the slot for the meeting; null when every table is taken. A table taken
 * by a competing writer at the same moment is skipped and the next one tried.
 */
export async function takeFreeTable(
  tx: Prisma.TransactionClient,
  eventId: string,
  slotId: string,
  meetingId: string,
) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [free] = await tx.$queryRaw<{ id: string }[]>`
      SELECT t."id" FROM "EventTable" t
      WHERE t."eventId" = ${eventId}
        AND NOT EXISTS (SELECT 1 FROM "MeetingClaim" c WHERE c."slotId" = ${slotId} AND c."holder" = 'table:' || t."id")
      ORDER BY t."position" LIMIT 1`
    if (!free) return null
    if (await takeClaims(tx, slotId, [holder.table(free.id)], meetingId)) return free.id
  }
  return null
}

export const releaseClaims = (tx: Prisma.TransactionClient, meetingIds: string[]) =>
  tx.meetingClaim.deleteMany({ where: { meetingId: { in: meetingIds } } })
