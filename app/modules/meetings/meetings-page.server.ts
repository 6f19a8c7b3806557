import type { Event } from '~/generated/prisma/client'
import type { Locale } from '~/modules/i18n/locales'
import { dateTimeIn, describeMeetingTime } from '~/modules/introductions/meeting-time'
import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { prisma } from '~/utils/db.server'
import { meetingDetails, otherSide } from './meeting-notices.server'
import { meetingSetup } from './meeting-plan.server'
import { holder, minutesOf, requestsCloseAt, ruleAllows } from './meeting-rules'
import { rankedParticipants, type Participant, type ParticipantFilters } from './participants.server'
import { wishesOf } from './schedule.server'

export const participantsPerPage = 20

/**
 * Everything the participant's meetings page shows: requests for them and theirs, the times they are
 * not available, and the other participants ranked for them, each with the times free for both (booking
 * mode) or the participant's wish (organiser mode).
 */
export async function meetingsPageData(input: {
  event: Event
  me: Participant
  filters: ParticipantFilters
  page: number
  timeZone: string
  locale: Locale
  now?: Date
}) {
  const { event, me, timeZone, locale } = input
  const now = input.now ?? new Date()
  const [setup, claims, mine, ranked, wishes] = await Promise.all([
    meetingSetup(event.id),
    prisma.meetingClaim.findMany({
      where: { slot: { eventId: event.id } },
      select: { slotId: true, holder: true },
    }),
    prisma.eventMeeting.findMany({
      where: {
        eventId: event.id,
        status: { in: ['requested', 'accepted', 'scheduled'] },
        OR: [{ requesterId: me.userId }, { inviteeId: me.userId }],
      },
      include: meetingDetails,
      orderBy: { slot: { startsAt: 'asc' } },
    }),
    rankedParticipants(event.id, me, input.filters, locale),
    wishesOf(event.id, me.userId),
  ])
  const { plan, slots, tables } = setup
  const closesAt = requestsCloseAt(plan, slots[0]?.startsAt ?? null)
  const open = plan.bookingMode === 'participants' && (!closesAt || closesAt > now)
  const taken = new Set(claims.map((claim) => `${claim.slotId}|${claim.holder}`))
  const tablesTaken = new Map<string, number>()
  for (const claim of claims)
    if (claim.holder.startsWith('table:'))
      tablesTaken.set(claim.slotId, (tablesTaken.get(claim.slotId) ?? 0) + 1)
  const slotTime = (slot: { startsAt: Date; endsAt: Date }) =>
    describeMeetingTime(slot.startsAt, minutesOf(slot), timeZone, locale)
  const freeFor = (other: Participant) =>
    slots
      .filter(
        (slot) =>
          slot.startsAt > now &&
          (tablesTaken.get(slot.id) ?? 0) < tables.length &&
          ![
            holder.person(me.userId),
            holder.person(other.userId),
            holder.organisation(me.organisation.id),
            holder.organisation(other.organisation.id),
          ].some((value) => taken.has(`${slot.id}|${value}`)),
      )
      .map((slot) => ({ id: slot.id, label: `${slotTime(slot).local} · ${slotTime(slot).brusselsTokyo}` }))
  const meetingWith = new Map(
    mine.map((m) => [m.requesterId === me.userId ? m.inviteeId : m.requesterId, m.status]),
  )
  const wishFor = new Map(wishes.map((wish) => [wish.toId, wish.level]))
  const pageCount = Math.max(1, Math.ceil(ranked.length / participantsPerPage))
  const page = Math.min(Math.max(1, input.page), pageCount)
  const shown = ranked.slice((page - 1) * participantsPerPage, page * participantsPerPage)
  const describe = (m: (typeof mine)[number]) => {
    const other = otherSide(m, me.userId)
    return {
      id: m.id,
      person: other.person.displayName,
      organisation: organisationNameIn(other.organisation, locale),
      organisationSlug: other.organisation.slug,
      time: m.slot ? slotTime(m.slot) : null,
      message: m.message,
    }
  }
  return {
    event: { slug: event.slug, title: locale === 'ja' && event.titleJa ? event.titleJa : event.title },
    mode: plan.bookingMode,
    open,
    closesAt: closesAt ? dateTimeIn(closesAt, timeZone, locale) : null,
    wishesClosed: plan.wishesClosedAt !== null,
    published: plan.publishedAt !== null,
    incoming: mine.filter((m) => m.status === 'requested' && m.inviteeId === me.userId).map(describe),
    outgoing: mine.filter((m) => m.status === 'requested' && m.requesterId === me.userId).map(describe),
    availability: setup.blocks.map((block) => ({
      id: block.id,
      date: dateTimeIn(block.startsAt, timeZone, locale),
      slots: block.slots.map((slot) => {
        const own = taken.has(`${slot.id}|${holder.person(me.userId)}`)
        const busy = mine.some((m) => m.slotId === slot.id)
        return { id: slot.id, label: slotTime(slot).local, unavailable: own && !busy, busy }
      }),
    })),
    participants: shown.map(({ participant, fit }) => ({
      userId: participant.userId,
      person: participant.user.displayName,
      organisation: organisationNameIn(participant.organisation, locale),
      organisationSlug: participant.organisation.slug,
      country: participant.organisation.country,
      region: participant.organisation.region,
      hopes: participant.answer,
      score: fit.score,
      reasons: fit.reasons.slice(0, 3),
      allowed: ruleAllows(plan.requestRule, me.organisation.region, participant.organisation.region),
      meeting: meetingWith.get(participant.userId) ?? null,
      freeSlots: plan.bookingMode === 'participants' && open ? freeFor(participant) : [],
      wish: wishFor.get(participant.userId) ?? 'none',
    })),
    total: ranked.length,
    page,
    pageCount,
  }
}
