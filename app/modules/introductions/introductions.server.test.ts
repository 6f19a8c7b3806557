import { errorMessage } from '~/modules/i18n/message-keys'
import { englishErrorOf, inEnglish } from '../../../tests/support/in-english'
import { describe, expect, test } from 'vitest'
import { createTestAccount, createTestOrganisation } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { brokerIntroduction, addStaffNote } from './brokering.server'
import { getIntroductionForViewer } from './introduction-views.server'
import { introductionRequestSchema, type IntroductionRequestInput } from './introduction-fields'
import {
  acceptIntroduction,
  declineIntroduction,
  expireOverdueIntroductions,
  sendIntroductionRequest,
  withdrawIntroduction,
} from './introductions.server'
import { confirmMeetingSlot, proposeMeetingSlots } from './meetings.server'

import { postThreadMessage } from './thread.server'
import { DomainError } from '~/utils/domain-error'

const request = (overrides: Partial<Record<string, unknown>> = {}): IntroductionRequestInput =>
  introductionRequestSchema.parse({
    purpose: 'recycling-services',
    message: 'We recycle black mass from end-of-life batteries and would like to meet you.',
    timeZone: 'Europe/Brussels',
    slots: [],
    ...overrides,
  })

async function pair() {
  const eu = await createTestOrganisation({ country: 'DE' })
  const jp = await createTestOrganisation({ country: 'JP' })
  return { eu, jp }
}

async function send(
  from: { organisation: { id: string }; member: { id: string } },
  to: { organisation: { id: string } },
  input = request(),
) {
  return sendIntroductionRequest({
    senderId: from.member.id,
    fromOrganisationId: from.organisation.id,
    toOrganisationId: to.organisation.id,
    request: input,
  })
}

const notificationsOf = (userId: string) =>
  prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })

describe('introduction requests', () => {
  test('a request with two slots reaches the recipient, in the app and by email', async () => {
    const { eu, jp } = await pair()
    const id = await send(
      eu,
      jp,
      request({
        slots: [
          { date: '2027-03-26', time: '09:30', durationMinutes: '60', mode: 'online' },
          { date: '2027-03-29', time: '09:30', durationMinutes: '45', mode: 'in_person', location: 'Tokyo' },
        ],
      }),
    )
    const saved = await prisma.introductionRequest.findUniqueOrThrow({
      where: { id },
      include: { slots: true },
    })
    expect(saved.status).toBe('pending')
    expect(saved.expiresAt.getTime() - saved.createdAt.getTime()).toBe(14 * 24 * 3600 * 1000)
    // 09:30 in Brussels is 08:30 UTC before the change to summer time (28 March 2027) and 07:30 after.
    expect(saved.slots.map((slot) => slot.startsAt.toISOString()).sort()).toEqual([
      '2027-03-26T08:30:00.000Z',
      '2027-03-29T07:30:00.000Z',
    ])
    const [notification] = await notificationsOf(jp.member.id)
    expect(notification).toMatchObject({ kind: 'introduction.received', link: `/introductions/${id}` })
    const email = await prisma.emailMessage.findFirstOrThrow({ where: { userId: jp.member.id } })
    expect(email.subject).toContain(eu.organisation.name)
    expect(email.text).toContain(`/introductions/${id}`)
  })

  test('emails are written in the recipient’s language', async () => {
    const { eu, jp } = await pair()
    await prisma.user.update({ where: { id: jp.member.id }, data: { locale: 'ja' } })
    await send(eu, jp)
    const email = await prisma.emailMessage.findFirstOrThrow({ where: { userId: jp.member.id } })
    expect(email.locale).toBe('ja')
    expect(email.subject).toBe(`${eu.organisation.name}から紹介の依頼が届きました。`)
  })

  test('one open request per pair, even when both are submitted at the same moment', async () => {
    const { eu, jp } = await pair()
    const results = await Promise.allSettled([send(eu, jp), send(eu, jp), send(jp, eu)])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    for (const result of results.filter((result) => result.status === 'rejected')) {
      expect(result.reason).toBeInstanceOf(DomainError)
      expect(inEnglish(String(result.reason.message))).toMatch(/already an open introduction/)
    }
    const open = await prisma.introductionRequest.count({
      where: {
        OR: [
          { fromOrganisationId: eu.organisation.id, toOrganisationId: jp.organisation.id },
          { fromOrganisationId: jp.organisation.id, toOrganisationId: eu.organisation.id },
        ],
      },
    })
    expect(open).toBe(1)
  })

  test('at most 10 pending outgoing requests, also when sent concurrently', async () => {
    const sender = await createTestOrganisation({ country: 'FR' })
    const recipients = await Promise.all(
      Array.from({ length: 12 }, () => createTestOrganisation({ country: 'JP' })),
    )
    const results = await Promise.allSettled(recipients.map((recipient) => send(sender, recipient)))
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(10)
    const refused = results.filter((result) => result.status === 'rejected')
    expect(refused).toHaveLength(2)
    for (const result of refused) expect(inEnglish(String(result.reason.message))).toMatch(/the limit is 10/)
    expect(
      await prisma.introductionRequest.count({
        where: { fromOrganisationId: sender.organisation.id, status: 'pending' },
      }),
    ).toBe(10)
  })

  test('bad input is refused and nothing is saved', async () => {
    const { eu, jp } = await pair()
    const draft = await createTestOrganisation({ country: 'JP', status: 'draft' })
    expect(await englishErrorOf(send(eu, draft))).toMatch(/cannot receive requests/)
    expect(await englishErrorOf(send(draft, eu))).toMatch(/must be approved/)
    expect(await englishErrorOf(send(eu, eu))).toMatch(/own organisation/)
    expect(await englishErrorOf(send(eu, jp, { ...request(), purpose: 'not-a-purpose' }))).toMatch(
      /cooperation type/,
    )
    const invalid = introductionRequestSchema.safeParse({
      purpose: 'recycling-services',
      message: 'Too short',
      timeZone: 'Mars/Olympus',
      slots: [{ date: '2020-01-01', time: '09:00', durationMinutes: '60', mode: 'online' }],
    })
    expect(invalid.success).toBe(false)
    const messages = invalid.error?.issues.map(
      (issue) => `${issue.path.join('.')}: ${inEnglish(issue.message)}`,
    )
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^message: Write at least 20/),
        expect.stringMatching(/^timeZone: Choose a time zone/),
      ]),
    )
    const past = introductionRequestSchema.safeParse({
      ...request(),
      slots: [{ date: '2020-01-01', time: '09:00', durationMinutes: '60', mode: 'online' }],
    })
    expect(past.error?.issues[0]).toMatchObject({
      path: ['slots', 0, 'date'],
      message: errorMessage('slotInPast'),
    })
    const skipped = introductionRequestSchema.safeParse({
      ...request(),
      slots: [{ date: '2027-03-28', time: '02:30', durationMinutes: '60', mode: 'online' }],
    })
    expect(skipped.error?.issues[0]).toMatchObject({
      path: ['slots', 0, 'time'],
      message: errorMessage('slotSkippedByClockChange', {
        time: '02:30',
        date: '2027-03-28',
        zone: request().timeZone,
      }),
    })
    expect(
      await prisma.introductionRequest.count({ where: { fromOrganisationId: eu.organisation.id } }),
    ).toBe(0)
  })

  test('accepting with a slot opens contacts and the thread; declining and withdrawing close the pair', async () => {
    const { eu, jp } = await pair()
    const id = await send(
      eu,
      jp,
      request({ slots: [{ date: '2027-05-10', time: '10:00', durationMinutes: '60', mode: 'online' }] }),
    )
    const slot = await prisma.meetingSlot.findFirstOrThrow({ where: { introductionId: id } })
    expect(
      await englishErrorOf(
        acceptIntroduction({ introductionId: id, organisationId: eu.organisation.id, slotId: slot.id }),
      ),
    ).toMatch(/Only the organisation that received/)
    const before = await getIntroductionForViewer(id, {
      role: 'member',
      twoFactorEnabled: false,
      organisationId: eu.organisation.id,
    })
    expect(before?.request.toOrganisation.contactName).toBeNull()

    await acceptIntroduction({ introductionId: id, organisationId: jp.organisation.id, slotId: slot.id })
    const accepted = await prisma.introductionRequest.findUniqueOrThrow({ where: { id } })
    expect(accepted).toMatchObject({ status: 'accepted', meetingSlotId: slot.id, meetingSequence: 0 })
    const after = await getIntroductionForViewer(id, {
      role: 'member',
      twoFactorEnabled: false,
      organisationId: eu.organisation.id,
    })
    expect(after?.contactsVisible).toBe(true)
    expect((await notificationsOf(eu.member.id)).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['introduction.accepted', 'introduction.meeting_confirmed']),
    )

    await postThreadMessage({
      introductionId: id,
      organisationId: eu.organisation.id,
      authorId: eu.member.id,
      body: 'Looking forward to it.',
    })
    expect((await notificationsOf(jp.member.id)).at(-1)?.kind).toBe('introduction.message')
    expect(await englishErrorOf(send(eu, jp))).toMatch(/already an open introduction/)

    const other = await createTestOrganisation({ country: 'JP' })
    const declined = await send(eu, other)
    await declineIntroduction({
      introductionId: declined,
      organisationId: other.organisation.id,
      reason: 'Not now',
    })
    expect(
      await englishErrorOf(
        acceptIntroduction({ introductionId: declined, organisationId: other.organisation.id }),
      ),
    ).toMatch(/no longer waiting/)
    const again = await send(eu, other)
    await withdrawIntroduction({ introductionId: again, organisationId: eu.organisation.id })
    expect((await prisma.introductionRequest.findUniqueOrThrow({ where: { id: again } })).status).toBe(
      'withdrawn',
    )
    expect((await notificationsOf(other.member.id)).at(-1)?.kind).toBe('introduction.withdrawn')
  })

  test('rescheduling keeps the meeting and raises its sequence', async () => {
    const { eu, jp } = await pair()
    const id = await send(eu, jp)
    await acceptIntroduction({
      introductionId: id,
      organisationId: jp.organisation.id,
      counterProposal: {
        timeZone: 'Asia/Tokyo',
        slots: [{ date: '2027-06-01', time: '17:00', durationMinutes: 60, mode: 'online' }],
      },
    })
    const first = await prisma.meetingSlot.findFirstOrThrow({ where: { introductionId: id } })
    expect(first.startsAt.toISOString()).toBe('2027-06-01T08:00:00.000Z')
    expect(
      await englishErrorOf(
        confirmMeetingSlot({ introductionId: id, organisationId: jp.organisation.id, slotId: first.id }),
      ),
    ).toMatch(/other organisation confirms/)
    await confirmMeetingSlot({ introductionId: id, organisationId: eu.organisation.id, slotId: first.id })
    await proposeMeetingSlots({
      introductionId: id,
      organisationId: eu.organisation.id,
      proposal: {
        timeZone: 'Europe/Brussels',
        slots: [{ date: '2027-06-08', time: '09:00', durationMinutes: 30, mode: 'online' }],
      },
    })
    const second = await prisma.meetingSlot.findFirstOrThrow({
      where: { introductionId: id, proposedByOrganisationId: eu.organisation.id },
    })
    await confirmMeetingSlot({ introductionId: id, organisationId: jp.organisation.id, slotId: second.id })
    const rescheduled = await prisma.introductionRequest.findUniqueOrThrow({ where: { id } })
    expect(rescheduled).toMatchObject({ meetingSlotId: second.id, meetingSequence: 1 })
  })

  test('requests past their expiry are expired once and the sender is told', async () => {
    const { eu, jp } = await pair()
    const id = await send(eu, jp)
    await prisma.introductionRequest.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    expect(await expireOverdueIntroductions()).toBe(1)
    expect(await prisma.introductionRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'expired',
      openPairKey: null,
    })
    expect((await notificationsOf(eu.member.id)).at(-1)?.kind).toBe('introduction.expired')
    await expireOverdueIntroductions()
    expect(
      (await notificationsOf(eu.member.id)).filter((n) => n.kind === 'introduction.expired'),
    ).toHaveLength(1)
    // The pair is free again.
    await expect(send(eu, jp)).resolves.toBeTypeOf('string')
  })

  test('only the two organisations and staff see a request; staff notes stay with staff', async () => {
    const { eu, jp } = await pair()
    const third = await createTestOrganisation({ country: 'IT' })
    const staff = await createTestAccount({ role: 'staff' })
    const id = await send(eu, jp)
    await addStaffNote({ staffId: staff.id, introductionId: id, body: 'Follow up next week.' })
    expect(
      await getIntroductionForViewer(id, {
        role: 'member',
        twoFactorEnabled: false,
        organisationId: third.organisation.id,
      }),
    ).toBeNull()
    expect(
      await getIntroductionForViewer(id, { role: 'member', twoFactorEnabled: false, organisationId: null }),
    ).toBeNull()
    const asStaff = await getIntroductionForViewer(id, {
      role: 'staff',
      twoFactorEnabled: true,
      organisationId: null,
    })
    expect(asStaff?.notes.map((note) => note.body)).toEqual(['Follow up next week.'])
    // The staff role alone, before a second factor is enrolled, opens nothing.
    expect(
      await getIntroductionForViewer(id, { role: 'staff', twoFactorEnabled: false, organisationId: null }),
    ).toBeNull()
    const asMember = await getIntroductionForViewer(id, {
      role: 'member',
      twoFactorEnabled: false,
      organisationId: jp.organisation.id,
    })
    expect(asMember?.notes).toEqual([])
    expect(
      await englishErrorOf(
        postThreadMessage({
          introductionId: id,
          organisationId: third.organisation.id,
          authorId: third.member.id,
          body: 'Hello',
        }),
      ),
    ).toMatch(/no such introduction/)
  })

  test('staff broker an introduction that starts accepted; both sides are told', async () => {
    const { eu, jp } = await pair()
    const staff = await createTestAccount({ role: 'staff' })
    const id = await brokerIntroduction({
      staffId: staff.id,
      firstSlug: eu.organisation.slug,
      secondSlug: jp.organisation.slug,
      purpose: 'joint-rd',
      message: 'You both work on magnet recycling: please meet.',
    })
    expect(await prisma.introductionRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'accepted',
      brokeredById: staff.id,
    })
    expect((await notificationsOf(eu.member.id)).at(-1)?.kind).toBe('introduction.brokered')
    expect((await notificationsOf(jp.member.id)).at(-1)?.kind).toBe('introduction.brokered')
    expect(
      await englishErrorOf(
        brokerIntroduction({
          staffId: staff.id,
          firstSlug: jp.organisation.slug,
          secondSlug: eu.organisation.slug,
          purpose: 'joint-rd',
          message: 'Once more, which the database refuses.',
        }),
      ),
    ).toMatch(/already have an open introduction/)
  })
})
