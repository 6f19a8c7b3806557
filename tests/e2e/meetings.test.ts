import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { createTestSession } from '../../prisma/seed/builders'
import { createTestBrokerage, createTestParticipant } from '../../prisma/seed/meeting-builders'
import { setWish } from '~/modules/meetings/schedule.server'
import { prisma } from '~/utils/db.server'
import { baseUrl, useBrowser, visit } from './browser'
import { desktopAndPhoneProblems } from './page-checks'

const { newPage, loggedInPage } = useBrowser()
const staff = demoAccounts.find((account) => account.role === 'staff')!

/** A participant's page, logged in through the form, reading the app in their language. */
async function participantPage(
  participant: { member: { id: string; email: string; password: string } },
  locale: 'en' | 'ja',
) {
  // Logged in first: the helper knows the page by its English "Log out" button.
  const page = await loggedInPage(participant.member.email, participant.member.password)
  await prisma.user.update({ where: { id: participant.member.id }, data: { locale } })
  return page
}

/**
 * A participant whose organisation works on platinum, not the builders' default cobalt: these files share
 * the app's database, and the directory test counts the Japanese cobalt organisations on one page.
 */
const participant = (eventId: string, organisation: Record<string, unknown>) =>
  createTestParticipant(eventId, { materials: ['platinum'], ...organisation })

describe('one-to-one meetings at a brokerage event', () => {
  test('participants book: a European member requests a slot, a Japanese member accepts in Japanese, both have it on their agenda, then rate it', async () => {
    const { event, slots } = await createTestBrokerage({ tables: 1 })
    const eu = await participant(event.id, {
      country: 'BE',
      name: `Liège Battery Loop ${Date.now()}`,
    })
    const jp = await participant(event.id, {
      country: 'JP',
      name: `Sendai Cathode Works ${Date.now()}`,
    })
    const euPage = await participantPage(eu, 'en')
    await visit(euPage, `/events/${event.slug}`)
    await euPage.getByRole('link', { name: 'Meetings', exact: true }).click()
    await euPage.getByRole('heading', { level: 1, name: /Meetings:/ }).waitFor()
    const card = euPage
      .getByRole('listitem')
      .filter({ has: euPage.getByRole('heading', { name: jp.member.displayName }) })
    await card.getByText('Request a meeting').click()
    await card.getByLabel('Time').selectOption({ index: 1 })
    await card.getByLabel('Message').fill('short')
    await card.getByRole('button', { name: 'Send request' }).click()
    await card.getByText('Write at least 10 characters.').waitFor()
    expect(await prisma.eventMeeting.count({ where: { eventId: event.id } })).toBe(0)
    await card.getByLabel('Message').fill('We recover cobalt from cathode scrap: could we supply you?')
    await card.getByRole('button', { name: 'Send request' }).click()
    await euPage.getByText('Request sent: they are told by email.').waitFor()
    await euPage.getByRole('heading', { name: 'Your requests (1)' }).waitFor()

    const jpPage = await participantPage(jp, 'ja')
    await visit(jpPage, `/events/${event.slug}/meetings`)
    await jpPage.getByRole('heading', { name: 'あなたへの依頼 (1)' }).waitFor()
    await jpPage.getByText('We recover cobalt from cathode scrap', { exact: false }).waitFor()
    await jpPage.getByRole('button', { name: '承諾する' }).click()
    await jpPage.getByText('面談を承諾しました。面談予定に追加されています。').waitFor()
    await visit(jpPage, `/events/${event.slug}/agenda`)
    await jpPage.getByText('テーブル: Table 1').waitFor()
    await jpPage
      .getByText('（東京時間）', { exact: false })
      .or(jpPage.getByText('(Tokyo', { exact: false }))
      .first()
      .waitFor()

    await visit(euPage, `/events/${event.slug}/agenda`)
    await euPage.getByText('Table: Table 1').waitFor()
    const feed = await euPage.request.get(`/events/${event.slug}/agenda.ics`)
    expect(feed.status()).toBe(200)
    const meeting = await prisma.eventMeeting.findFirstOrThrow({ where: { eventId: event.id } })
    expect(await feed.text()).toContain(`UID:event-meeting-${meeting.id}@eu-japan-circular.example`)
    // No rating before the meeting starts.
    expect(await euPage.getByText('How did it go?').count()).toBe(0)

    // The meeting has taken place: both say how it went; each sees only their own answer.
    const hourAgo = Date.now() - 60 * 60_000
    await prisma.eventSlot.update({
      where: { id: slots[0]!.id },
      data: { startsAt: new Date(hourAgo), endsAt: new Date(hourAgo + 20 * 60_000) },
    })
    await visit(euPage, `/events/${event.slug}/agenda`)
    await euPage.getByLabel('Cooperation possible').check()
    await euPage.getByRole('button', { name: 'Save answer' }).click()
    await euPage.getByText('Thank you: your answer is saved.').waitFor()
    await euPage.getByText('Your answer: Cooperation possible').waitFor()
    await visit(jpPage, `/events/${event.slug}/agenda`)
    expect(await jpPage.getByText('協力の可能性がある').isChecked()).toBe(false)
    await jpPage.getByLabel('有益だったが協力の予定はない').check()
    await jpPage.getByRole('button', { name: '回答する' }).click()
    await jpPage.getByText('ご回答ありがとうございました。').waitFor()
    expect(
      await prisma.meetingRating.findMany({
        where: { meetingId: meeting.id },
        orderBy: { outcome: 'asc' },
        select: { outcome: true },
      }),
    ).toEqual([{ outcome: 'informative' }, { outcome: 'cooperation_possible' }])

    // Staff see both answers and the numbers.
    const staffPage = await loggedInPage(staff.email, demoPassword)
    await visit(staffPage, `/staff/events/${event.id}/meetings`)
    await staffPage
      .getByText('Cooperation possible / Informative, no cooperation planned')
      .or(staffPage.getByText('Informative, no cooperation planned / Cooperation possible'))
      .waitFor()
    const held = staffPage.locator('dt', { hasText: 'Held' }).locator('xpath=following-sibling::dd')
    expect(await held.textContent()).toBe('1')
  }, 240_000)

  test('the organiser schedules: participants state wishes, staff run the scheduler, a clashing move is refused, and the published schedule reaches every agenda', async () => {
    const { event, slots } = await createTestBrokerage({ mode: 'organiser', tables: 2 })
    const [eu1, eu2, jp1, jp2] = await Promise.all([
      participant(event.id, { country: 'FR' }),
      participant(event.id, { country: 'DE' }),
      participant(event.id, { country: 'JP' }),
      participant(event.id, { country: 'JP' }),
    ])
    const eu1Page = await participantPage(eu1!, 'en')
    await visit(eu1Page, `/events/${event.slug}/meetings`)
    const card = eu1Page
      .getByRole('listitem')
      .filter({ has: eu1Page.getByRole('heading', { name: jp1!.member.displayName }) })
    await card.getByLabel('Must meet').check()
    await card.getByRole('button', { name: 'Save wish' }).click()
    await eu1Page.getByText('Wish saved.').waitFor()
    expect(
      await prisma.meetingWish.findMany({ where: { eventId: event.id }, select: { level: true } }),
    ).toEqual([{ level: 'must' }])
    for (const [from, to, level] of [
      [jp1, eu1, 'must'],
      [eu2, jp1, 'like'],
      [eu2, jp2, 'must'],
      [jp2, eu1, 'like'],
    ] as const)
      await setWish({ eventId: event.id, userId: from!.member.id, form: { toId: to!.member.id, level } })

    const staffPage = await loggedInPage(staff.email, demoPassword)
    staffPage.on('dialog', (dialog) => void dialog.accept())
    await visit(staffPage, `/staff/events/${event.id}/meetings`)
    await staffPage.getByText('5 wishes from 4 participants.').waitFor()
    await staffPage.getByRole('button', { name: 'Close the wishes' }).click()
    await staffPage.getByText('Wishes closed.').waitFor()
    await staffPage.getByRole('button', { name: 'Run the scheduler' }).click()
    await staffPage.getByText('meetings proposed', { exact: false }).waitFor({ timeout: 30_000 })
    const proposed = await prisma.eventMeeting.findMany({
      where: { eventId: event.id, status: 'proposed' },
      include: { slot: true },
    })
    // Two slots, two tables, everyone meets everyone they wished to: four meetings.
    expect(proposed).toHaveLength(4)
    await staffPage.getByText('Every wished meeting is placed.').waitFor()

    // Moving eu1-jp1 into the other slot clashes with jp1's other meeting there.
    const mutual = proposed.find(
      (m) => [m.requesterId, m.inviteeId].sort().join() === [eu1!.member.id, jp1!.member.id].sort().join(),
    )!
    const otherSlot = slots.find((slot) => slot.id !== mutual.slotId)!
    const row = staffPage
      .getByRole('listitem')
      .filter({ hasText: jp1!.member.displayName })
      .filter({ hasText: eu1!.member.displayName })
    await row.getByLabel('Time').selectOption(otherSlot.id)
    await row.getByRole('button', { name: 'Move', exact: true }).click()
    await staffPage
      .getByText('One of the two people or organisations, or the table, is already taken', { exact: false })
      .waitFor()
    expect((await prisma.eventMeeting.findUniqueOrThrow({ where: { id: mutual.id } })).slotId).toBe(
      mutual.slotId,
    )

    await prisma.user.update({ where: { id: jp2!.member.id }, data: { locale: 'ja' } })
    await staffPage.getByRole('button', { name: 'Publish the schedule' }).click()
    await staffPage.getByText('Schedule published: 4 meetings, everyone is told.').waitFor()
    await visit(staffPage, `/staff/events/${event.id}/table-plan`)
    await staffPage.getByRole('rowheader', { name: 'Table 2' }).first().waitFor()

    const jpPage = await participantPage(jp1!, 'ja')
    await visit(jpPage, `/events/${event.slug}/agenda`)
    expect(await jpPage.locator('ol > li').count()).toBe(2)
    await visit(eu1Page, `/events/${event.slug}/agenda`)
    expect(await eu1Page.locator('ol > li').count()).toBe(2)
    const notice = await prisma.emailMessage.findFirstOrThrow({
      where: { userId: jp2!.member.id, text: { contains: 'スケジュールが公開されました' } },
    })
    expect(notice.text).toContain('面談は2件です')
  }, 240_000)

  test('the meeting pages pass axe and fit a phone in both languages', async () => {
    const { event, slots } = await createTestBrokerage({ tables: 1 })
    const eu = await participant(event.id, { country: 'BE' })
    const jp = await participant(event.id, { country: 'JP' })
    const { requestMeeting, acceptMeeting } = await import('~/modules/meetings/booking.server')
    const id = await requestMeeting({
      eventId: event.id,
      requesterId: eu.member.id,
      form: { inviteeId: jp.member.id, slotId: slots[0]!.id, message: 'Magnet recycling partners?' },
    })
    await acceptMeeting({ meetingId: id, userId: jp.member.id })
    const followUp = await prisma.followUp.update({
      where: { meetingId_organisationId: { meetingId: id, organisationId: eu.organisation.id } },
      data: { sentAt: new Date() },
    })
    const memberPage = await newPage()
    const [name, value] = (await createTestSession(eu.member.id)).split('=') as [string, string]
    await memberPage.context().addCookies([{ name, value, url: baseUrl() }])
    const staffPage = await loggedInPage(staff.email, demoPassword)
    const problems: string[] = []
    for (const locale of ['en', 'ja'] as const) {
      await prisma.user.updateMany({ where: { id: { in: [eu.member.id] } }, data: { locale } })
      await prisma.user.updateMany({ where: { email: staff.email }, data: { locale } })
      const visits: [typeof memberPage, string][] = [
        [memberPage, `/events/${event.slug}/meetings`],
        [memberPage, `/events/${event.slug}/agenda`],
        [memberPage, `/follow-ups/${followUp.id}`],
        [staffPage, `/staff/events/${event.id}/meetings`],
        [staffPage, `/staff/events/${event.id}/table-plan`],
      ]
      for (const [page, path] of visits) problems.push(...(await desktopAndPhoneProblems(page, path, locale)))
    }
    await prisma.user.updateMany({ where: { email: staff.email }, data: { locale: 'en' } })
    expect(problems).toEqual([])

    // The follow-up, answered in the app: the kind is asked for an agreement, then it is kept once.
    await memberPage.setViewportSize({ width: 1280, height: 900 })
    await prisma.user.update({ where: { id: eu.member.id }, data: { locale: 'en' } })
    await visit(memberPage, `/follow-ups/${followUp.id}`)
    await memberPage.getByLabel('Agreement reached').check()
    await memberPage.getByRole('button', { name: 'Send answer' }).click()
    await memberPage.getByText('Choose the kind of agreement.').waitFor()
    await memberPage.getByLabel('Kind of agreement').selectOption('licensing')
    await memberPage.getByRole('button', { name: 'Send answer' }).click()
    await memberPage.getByText('Thank you: your organisation’s answer is recorded.').waitFor()
    expect(await prisma.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      answer: 'agreement',
      agreementKind: 'licensing',
    })
  }, 240_000)

  test('hostile meeting posts get a 4xx and change nothing', async () => {
    const { event, slots } = await createTestBrokerage()
    const eu = await participant(event.id, { country: 'BE' })
    const jp = await participant(event.id, { country: 'JP' })
    const cookie = await createTestSession(eu.member.id)
    const post = (body: URLSearchParams | string) =>
      fetch(`${baseUrl()}/events/${event.slug}/meetings`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: cookie, Origin: baseUrl(), 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      })
    const many = new URLSearchParams({ intent: 'availability' })
    for (let i = 0; i < 2000; i++) many.append('unavailable', `s${i}`)
    const statuses = [
      (
        await post(
          new URLSearchParams({
            intent: 'request',
            inviteeId: jp.member.id,
            slotId: slots[0]!.id,
            message: 'x'.repeat(50_000),
          }),
        )
      ).status,
      (
        await post(
          new URLSearchParams({
            intent: 'request',
            inviteeId: jp.member.id,
            slotId: slots[0]!.id,
            message: 'Hello\u0000there friend',
          }),
        )
      ).status,
      (await post(new URLSearchParams({ intent: 'nonsense' }))).status,
      (await post(new URLSearchParams({ intent: 'availability', unavailable: 'not-a-slot' }))).status,
      (await post(many)).status,
      (await post('%%%&&&=%')).status,
      (await post(new URLSearchParams({ intent: 'accept', meetingId: 'someone-elses' }))).status,
      (await post('intent=availability&unavailable[10000000]=1')).status,
    ]
    for (const status of statuses) {
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
    }
    expect(await prisma.eventMeeting.count({ where: { eventId: event.id } })).toBe(0)
    expect(await prisma.meetingClaim.count({ where: { slot: { eventId: event.id } } })).toBe(0)

    // Another pair's real meeting: the outsider may neither accept nor call it off, and nothing changes.
    const other = await participant(event.id, { country: 'FR' })
    const { requestMeeting } = await import('~/modules/meetings/booking.server')
    const theirs = await requestMeeting({
      eventId: event.id,
      requesterId: other.member.id,
      form: { inviteeId: jp.member.id, slotId: slots[1]!.id, message: 'Their own meeting request' },
    })
    for (const intent of ['accept', 'decline', 'cancel'])
      expect((await post(new URLSearchParams({ intent, meetingId: theirs }))).status).toBe(404)
    expect((await prisma.eventMeeting.findUniqueOrThrow({ where: { id: theirs } })).status).toBe('requested')

    // The same request sent twice at once makes one request; the other gets a clear 409.
    const same = new URLSearchParams({
      intent: 'request',
      inviteeId: jp.member.id,
      slotId: slots[0]!.id,
      message: 'Could we meet about cathode scrap?',
    })
    const twice = await Promise.all([post(same), post(same)])
    expect(twice.map((response) => response.status).sort()).toEqual([302, 409])
    expect(await prisma.eventMeeting.count({ where: { eventId: event.id, requesterId: eu.member.id } })).toBe(
      1,
    )
  })
})
