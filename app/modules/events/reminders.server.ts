import { prisma } from '~/utils/db.server'
import { tellRegistrants } from './registration-notices.server'

const reminderWindowMs = 24 * 60 * 60 * 1000

/**
 * Reminds each confirmed participant once, the day before: those of published events starting within
 * the next 24 hours who have not been reminded. Rows are claimed in the same transaction that queues the
 * emails, so two runs at once remind nobody twice. Returns the number reminded.
 */
export async function sendEventReminders(now = new Date()) {
  const until = new Date(now.getTime() + reminderWindowMs)
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string; eventId: string }[]>`
      UPDATE "EventRegistration" r SET "reminderSentAt" = ${now}
        FROM "Event" e
       WHERE r."eventId" = e."id" AND r."status" = 'approved' AND r."reminderSentAt" IS NULL
         AND e."status" = 'published' AND e."startsAt" > ${now} AND e."startsAt" <= ${until}
      RETURNING r."id", r."eventId"`
    const byEvent = new Map<string, string[]>()
    for (const { id, eventId } of claimed) byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), id])
    for (const [eventId, ids] of byEvent) {
      const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } })
      await tellRegistrants(tx, event, 'event.reminder', ids)
    }
    return claimed.length
  })
}
