import { describe, expect, test } from 'vitest'
import {
  createTestAccount,
  createTestEvent,
  createTestIntroduction,
  createTestOrganisation,
} from '../../../prisma/seed/builders'
import { postThreadMessage } from '~/modules/introductions/thread.server'
import { acceptIntroduction } from '~/modules/introductions/introductions.server'
import { prisma } from '~/utils/db.server'
import { getEmailChoices, saveEmailChoices, unsubscribe } from '~/modules/email/email-preferences.server'
import { sendWeeklyDigests } from './weekly-digest.server'
import { register } from '~/modules/events/registrations.server'

const proposal = {
  slots: [
    { date: '2027-03-26', time: '09:30', durationMinutes: '60', mode: 'online' },
    { date: '2027-03-29', time: '10:00', durationMinutes: '45', mode: 'in_person', location: 'Tokyo office' },
  ],
}

async function pair() {
  const eu = await createTestOrganisation({
    country: 'DE',
    name: `Umicore Test ${Math.random().toString(36).slice(2, 7)}`,
  })
  const jp = await createTestOrganisation({
    country: 'JP',
    name: `Tokyo Rare Metals ${Math.random().toString(36).slice(2, 7)} K.K.`,
  })
  return { eu, jp }
}

const emailsTo = (userId: string) =>
  prisma.emailMessage.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })

describe('notification emails', () => {
  test('a request carries its purpose, message and proposed times in the recipient’s zone, in text and HTML', async () => {
    const { eu, jp } = await pair()
    await createTestIntroduction(eu, jp, {
      purpose: 'recycling-services',
      message: 'We recycle black mass <and> would like to meet you.',
      ...proposal,
    })
    const [email] = await emailsTo(jp.member.id)
    expect(email!.subject).toBe(`${eu.organisation.name} asks to be introduced to your organisation.`)
    // The body does not repeat the subject: it greets, then says what the request is.
    expect(email!.text.split('\n')[0]).toMatch(/^Hello Test User/)
    expect(email!.text).not.toContain(email!.subject)
    expect(email!.text).toContain('Purpose: Recycling services')
    expect(email!.text).toContain(
      `Message from ${eu.organisation.name}:\n> We recycle black mass <and> would like to meet you.`,
    )
    // A Japanese organisation's member reads the times in Tokyo, with Brussels and Tokyo beside.
    expect(email!.text).toMatch(
      /Fri 26 Mar 2027, 17:30–18:30 \(Tokyo time\)\n\s+Fri 26 Mar 2027: 09:30 Brussels \/ 17:30 Tokyo/,
    )
    expect(email!.text).toMatch(/Mon 29 Mar 2027, 17:00–17:45 \(Tokyo time\)/)
    expect(email!.text).toMatch(
      /Stop emails about introductions: http:\/\/localhost:\d+\/email\/unsubscribe\/\w+\?topic=introductions/,
    )
    expect(email!.unsubscribeUrl).toMatch(/\/email\/unsubscribe\/\w{64}\?topic=introductions$/)
    expect(email!.html).toContain('We recycle black mass &lt;and&gt; would like to meet you.')
    expect(email!.html).toContain('<th scope="row"')
    expect(email!.html).toContain('Recycling services')
  })

  test('in Japanese, with the purpose named in Japanese', async () => {
    const { eu, jp } = await pair()
    await prisma.user.update({ where: { id: eu.member.id }, data: { locale: 'ja' } })
    const id = await createTestIntroduction(jp, eu, { purpose: 'recycling-services', ...proposal })
    await acceptIntroduction({ introductionId: id, organisationId: eu.organisation.id })
    const [english] = await emailsTo(jp.member.id)
    expect(english!.subject).toBe(`${eu.organisation.name} accepted your introduction request.`)
    const [received] = await emailsTo(eu.member.id)
    expect(received!.locale).toBe('ja')
    expect(received!.text.split('\n')[0]).toMatch(/^Test User \S+様$/)
    expect(received!.text).toContain('目的：リサイクルサービス')
    expect(received!.text).toContain('提案された日時')
    expect(received!.text).toContain('「紹介」のメールを停止する')
  })

  test('a thread message is quoted, and a name ending in “K.K.” ends the subject with one full stop', async () => {
    const { eu, jp } = await pair()
    const id = await createTestIntroduction(eu, jp)
    await acceptIntroduction({ introductionId: id, organisationId: jp.organisation.id })
    await postThreadMessage({
      introductionId: id,
      organisationId: jp.organisation.id,
      authorId: jp.member.id,
      body: 'Shall we meet in Brussels?\nOur team is there in March.',
    })
    const message = (await emailsTo(eu.member.id)).find((email) => email.subject.startsWith('New message'))!
    expect(message.subject).toBe(`New message from ${jp.organisation.name}`)
    expect(message.text).toContain('> Shall we meet in Brussels?\n> Our team is there in March.')
  })

  test('a confirmed meeting carries its date, time, place and the calendar entry', async () => {
    const { eu, jp } = await pair()
    const id = await createTestIntroduction(eu, jp, proposal)
    const slot = await prisma.meetingSlot.findFirstOrThrow({
      where: { introductionId: id, mode: 'in_person' },
    })
    await acceptIntroduction({ introductionId: id, organisationId: jp.organisation.id, slotId: slot.id })
    const confirmed = (await emailsTo(eu.member.id)).find((email) => email.subject.includes('confirmed'))!
    expect(confirmed.subject).toBe(`Your meeting with ${jp.organisation.name} is confirmed.`)
    expect(confirmed.text).toMatch(/Agreed time:\n\s+Mon 29 Mar 2027, 10:00–10:45 \(Brussels time\)/)
    expect(confirmed.text).toContain('Where: In person, Tokyo office')
    const attachment = confirmed.attachment as { filename: string; content: string }
    expect(attachment.filename).toBe(`meeting-${id}.ics`)
    expect(attachment.content).toContain(`UID:introduction-${id}@`)
    expect(attachment.content).toContain('DTSTART:20270329T080000Z')
  })
})

describe('email choices', () => {
  test('an event email says where it is; the meeting link goes only to people with a place', async () => {
    const { event } = await createTestEvent({
      format: 'hybrid',
      venue: 'Residence Palace',
      city: 'Brussels',
      capacity: '1',
    })
    const first = await createTestOrganisation({ country: 'DE' })
    const second = await createTestOrganisation({ country: 'JP' })
    for (const { member } of [first, second])
      await register({
        eventId: event.id,
        actorId: member.id,
        people: [member.id],
        mode: 'on_site',
        answer: null,
        listed: true,
      })
    const [placed] = await emailsTo(first.member.id)
    expect(placed!.text).toContain('Where: Residence Palace, Brussels, https://zoom.example/j/123456')
    expect(placed!.html).toContain('Residence Palace, Brussels')
    const [waiting] = await emailsTo(second.member.id)
    expect(waiting!.text).toContain('waiting list')
    expect(waiting!.text).toContain('Where: Residence Palace, Brussels, Online')
    expect(waiting!.text).not.toContain('zoom.example')
  })

  test('weekly: no email now, one digest later that a second run does not send again', async () => {
    const { eu, jp } = await pair()
    await saveEmailChoices(jp.member, { introductions: 'weekly' })
    await createTestIntroduction(eu, jp)
    expect(await emailsTo(jp.member.id)).toHaveLength(0)
    const [notification] = await prisma.notification.findMany({ where: { userId: jp.member.id } })
    expect(notification!.awaitingDigest).toBe(true)

    expect(await sendWeeklyDigests()).toBeGreaterThanOrEqual(1)
    const [digest] = await emailsTo(jp.member.id)
    expect(digest!.subject).toBe('Your week on EU-Japan Circular Metals: 1 update')
    expect(digest!.text).toContain(`- ${eu.organisation.name} asks to be introduced to your organisation.`)
    expect(digest!.unsubscribeUrl).toMatch(/\?topic=digest$/)
    await sendWeeklyDigests()
    expect(await emailsTo(jp.member.id)).toHaveLength(1)
  })

  test('never, or an unsubscribe link: the notification stays in the app, no email goes', async () => {
    const { eu, jp } = await pair()
    await unsubscribe(jp.member, 'introductions')
    expect((await getEmailChoices(jp.member.id)).introductions).toBe('never')
    await createTestIntroduction(eu, jp)
    expect(await emailsTo(jp.member.id)).toHaveLength(0)
    expect(await prisma.notification.count({ where: { userId: jp.member.id, awaitingDigest: false } })).toBe(
      1,
    )
  })

  test('the digest’s own link stops every topic that went into it, and what waited for it', async () => {
    const { eu, jp } = await pair()
    await saveEmailChoices(jp.member, { introductions: 'weekly', events: 'weekly', meetings: 'each' })
    await createTestIntroduction(eu, jp)
    await unsubscribe(jp.member, 'digest')
    expect(await getEmailChoices(jp.member.id)).toMatchObject({
      introductions: 'never',
      events: 'never',
      meetings: 'each',
    })
    expect(await prisma.notification.count({ where: { userId: jp.member.id, awaitingDigest: true } })).toBe(0)
  })

  test('a member cannot choose a staff topic; a staff member can', async () => {
    const member = await createTestAccount()
    const staff = await createTestAccount({ role: 'staff' })
    await saveEmailChoices(member, { requests: 'never' })
    await saveEmailChoices(staff, { requests: 'never' })
    expect(await prisma.emailPreference.count({ where: { userId: member.id } })).toBe(0)
    expect((await getEmailChoices(staff.id)).requests).toBe('never')
  })
})
