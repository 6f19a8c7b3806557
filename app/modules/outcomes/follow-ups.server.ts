import type { z } from 'zod'
import type { Prisma } from '~/generated/prisma/client'
import { errorMessage } from '~/modules/i18n/message-keys'
import { notifyOrganisationMembers } from '~/modules/notifications/notifications.server'
import { organisationNameIn } from '~/modules/profiles/organisation-names'
import type { Locale } from '~/modules/i18n/locales'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import type { followUpSchema } from '~/modules/meetings/meeting-fields'
import { defaultPlan } from '~/modules/meetings/meeting-plan.server'

const reminderAfterMs = 14 * 24 * 60 * 60 * 1000
const introductionFollowUpMonths = 6

const monthsAfter = (date: Date, months: number) => {
  const due = new Date(date)
  due.setUTCMonth(due.getUTCMonth() + months)
  return due
}

export const followUpLink = (id: string) => `/follow-ups/${id}`

/** Both organisations of a confirmed meeting are asked, the plan's months after the event. */
export async function createMeetingFollowUps(
  tx: Prisma.TransactionClient,
  meeting: {
    id: string
    eventId: string
    requesterOrganisationId: string
    inviteeOrganisationId: string
    event: { endsAt: Date }
  },
) {
  const plan = await tx.meetingPlan.findUnique({ where: { eventId: meeting.eventId } })
  const dueAt = monthsAfter(meeting.event.endsAt, plan?.followUpMonths ?? defaultPlan.followUpMonths)
  await tx.followUp.createMany({
    data: [meeting.requesterOrganisationId, meeting.inviteeOrganisationId].map((organisationId) => ({
      organisationId,
      meetingId: meeting.id,
      dueAt,
    })),
    skipDuplicates: true,
  })
}

/** Both organisations of an accepted introduction are asked six months after it was accepted. */
export async function createIntroductionFollowUps(
  tx: Prisma.TransactionClient,
  introduction: { id: string; fromOrganisationId: string; toOrganisationId: string },
  acceptedAt: Date,
) {
  await tx.followUp.createMany({
    data: [introduction.fromOrganisationId, introduction.toOrganisationId].map((organisationId) => ({
      organisationId,
      introductionId: introduction.id,
      dueAt: monthsAfter(acceptedAt, introductionFollowUpMonths),
    })),
    skipDuplicates: true,
  })
}

/** A meeting called off asks nothing later (a question already sent stays answerable). */
export const dropUnsentFollowUps = (tx: Prisma.TransactionClient, meetingIds: string[]) =>
  tx.followUp.deleteMany({ where: { meetingId: { in: meetingIds }, sentAt: null } })

const aboutSelect = {
  id: true,
  organisationId: true,
  meeting: {
    select: {
      requesterOrganisation: { select: { id: true, name: true, nameJa: true } },
      inviteeOrganisation: { select: { id: true, name: true, nameJa: true } },
      event: { select: { title: true, titleJa: true, slug: true } },
      ratings: { select: { outcome: true } },
    },
  },
  introduction: {
    select: {
      fromOrganisation: { select: { id: true, name: true, nameJa: true } },
      toOrganisation: { select: { id: true, name: true, nameJa: true } },
    },
  },
} as const satisfies Prisma.FollowUpSelect

type FollowUpAbout = Prisma.FollowUpGetPayload<{ select: typeof aboutSelect }>

/** The other organisation the follow-up asks about. */
function otherOrganisationOf(followUp: FollowUpAbout) {
  const pair = followUp.meeting
    ? [followUp.meeting.requesterOrganisation, followUp.meeting.inviteeOrganisation]
    : [followUp.introduction!.fromOrganisation, followUp.introduction!.toOrganisation]
  return pair.find((organisation) => organisation.id !== followUp.organisationId) ?? pair[0]!
}

/**
 * Sends the follow-ups that are due, and reminds once those unanswered two weeks after. A meeting both
 * sides said did not take place asks nothing. Rows are claimed by the UPDATE that marks them, in the
 * transaction that queues the emails, so two runs at once send each once.
 */
export async function sendDueFollowUps(now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`
      DELETE FROM "FollowUp" f WHERE f."sentAt" IS NULL AND f."dueAt" <= ${now} AND f."meetingId" IS NOT NULL
        AND (SELECT count(*) FROM "MeetingRating" r WHERE r."meetingId" = f."meetingId" AND r."outcome" = 'not_held') = 2`
    const due = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "FollowUp" SET "sentAt" = ${now}
       WHERE "sentAt" IS NULL AND "answeredAt" IS NULL AND "dueAt" <= ${now} RETURNING "id"`
    const remind = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "FollowUp" SET "remindedAt" = ${now}
       WHERE "sentAt" <= ${new Date(now.getTime() - reminderAfterMs)} AND "remindedAt" IS NULL
         AND "answeredAt" IS NULL RETURNING "id"`
    for (const [rows, kind] of [
      [due, 'followup.due'],
      [remind, 'followup.reminder'],
    ] as const) {
      const followUps = await tx.followUp.findMany({
        where: { id: { in: rows.map((row) => row.id) } },
        select: aboutSelect,
      })
      for (const followUp of followUps)
        await notifyOrganisationMembers(tx, followUp.organisationId, {
          kind,
          params: { other: otherOrganisationOf(followUp).name },
          link: followUpLink(followUp.id),
        })
    }
    return { sent: due.length, reminded: remind.length }
  })
}

/** The follow-up as a member of its organisation sees it; anyone else is told there is none. */
export async function followUpForMember(followUpId: string, userId: string, locale: Locale) {
  const membership = await prisma.organisationMember.findUnique({ where: { userId } })
  const followUp = await prisma.followUp.findUnique({
    where: { id: followUpId },
    select: {
      ...aboutSelect,
      sentAt: true,
      answeredAt: true,
      answer: true,
      agreementKind: true,
      note: true,
    },
  })
  if (!followUp || !membership || followUp.organisationId !== membership.organisationId || !followUp.sentAt)
    throw new DomainError(errorMessage('noSuchFollowUp'), 404)
  return {
    id: followUp.id,
    other: organisationNameIn(otherOrganisationOf(followUp), locale),
    event: followUp.meeting?.event ?? null,
    answeredAt: followUp.answeredAt,
    answer: followUp.answer,
    agreementKind: followUp.agreementKind,
    note: followUp.note,
  }
}

/** A member answers for their organisation, once; a second answer is refused and changes nothing. */
export async function answerFollowUp(input: {
  followUpId: string
  userId: string
  form: z.output<typeof followUpSchema>
  now?: Date
}) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const membership = await tx.organisationMember.findUnique({ where: { userId: input.userId } })
    const followUp = await tx.followUp.findUnique({ where: { id: input.followUpId } })
    if (!followUp || !membership || followUp.organisationId !== membership.organisationId || !followUp.sentAt)
      throw new DomainError(errorMessage('noSuchFollowUp'), 404)
    const { count } = await tx.followUp.updateMany({
      where: { id: followUp.id, answeredAt: null },
      data: {
        answeredAt: now,
        answeredById: input.userId,
        answer: input.form.answer,
        agreementKind: input.form.agreementKind,
        note: input.form.note,
      },
    })
    if (!count) throw new DomainError(errorMessage('followUpAnswered'), 409)
  })
}

/** The follow-ups waiting for an organisation's answer, for its members' pages. */
export function openFollowUpsOf(organisationId: string) {
  return prisma.followUp.findMany({
    where: { organisationId, sentAt: { not: null }, answeredAt: null },
    select: { id: true },
  })
}
