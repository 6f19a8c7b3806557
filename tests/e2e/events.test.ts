import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import {
  createTestAccount,
  createTestEvent,
  createTestOrganisation,
  createTestSession,
} from '../../prisma/seed/builders'
import { register } from '~/modules/events/registrations.server'
import { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { baseUrl, useBrowser, visit } from './browser'
import { desktopAndPhoneProblems } from './page-checks'

const { newPage, loggedInPage } = useBrowser()
const staff = demoAccounts.find((account) => account.role === 'staff')!

/** A date some days ahead, as the form takes it. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

const calendarOf = (text: string) => ({
  uid: /^UID:(.+)$/m.exec(text)?.[1]?.trim(),
  sequence: Number(/^SEQUENCE:(\d+)$/m.exec(text)?.[1]),
  start: /^DTSTART:(\S+)$/m.exec(text)?.[1],
})

describe('events', () => {
  test('staff create and publish a webinar, a visitor reads it, a member registers, staff approve, and a move by an hour updates the calendar entry', async () => {
    const title = `Circular Metals Webinar ${Date.now()}`
    const day = dayAhead(30)
    const staffPage = await loggedInPage(staff.email, demoPassword)
    await visit(staffPage, '/staff/events/new')
    await staffPage.getByLabel('Title in English').fill(title)
    await staffPage
      .getByLabel('Description in English')
      .fill('Two hours on recycling batteries and magnets between Europe and Japan.')
    await staffPage.getByLabel('Kind').selectOption('webinar')
    await staffPage.getByLabel('Format').selectOption('online')
    await staffPage.getByLabel('Time zone of the times you enter').selectOption('Europe/Brussels')
    await staffPage.getByLabel('Start date').fill(day)
    await staffPage.getByLabel('Start time').fill('09:30')
    await staffPage.getByLabel('End date').fill(day)
    await staffPage.getByLabel('End time').fill('09:00')
    await staffPage.getByLabel('Meeting link (online or hybrid)').fill('http://zoom.example/j/1')
    await staffPage.getByLabel('Agenda', { exact: true }).fill('09:30 | Opening | 開会 | EU-Japan Centre')
    await staffPage.getByLabel('Registrations need staff approval').check()
    await staffPage.getByRole('button', { name: 'Create draft' }).click()
    // Bad input: each problem on its field, and nothing saved.
    await staffPage.getByText('The event must end after it starts.').waitFor()
    await staffPage.getByText('The meeting link must start with https://.').waitFor()
    expect(await prisma.event.count({ where: { title } })).toBe(0)
    await staffPage.getByLabel('End time').fill('11:30')
    await staffPage.getByLabel('Meeting link (online or hybrid)').fill('https://zoom.example/j/42')
    await staffPage.getByRole('button', { name: 'Create draft' }).click()
    await staffPage.getByText('Saved.').waitFor()
    const event = await prisma.event.findFirstOrThrow({ where: { title } })
    expect(event.status).toBe('draft')

    // A draft is not public.
    const visitor = await newPage()
    expect((await visitor.goto(`/events/${event.slug}`))?.status()).toBe(404)
    await staffPage.getByRole('button', { name: 'Publish' }).click()
    await staffPage.getByText('Published: the event is visible to everyone.').waitFor()

    // A visitor finds it and reads it, with what search engines and link previews need.
    await visit(visitor, '/events')
    await visitor.getByRole('link', { name: title }).click()
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor()
    expect(await visitor.locator('meta[name="description"]').getAttribute('content')).toContain('Webinar')
    expect(await visitor.locator('meta[property="og:title"]').getAttribute('content')).toBe(title)
    const structured = JSON.parse(
      (await visitor.locator('script[type="application/ld+json"]').textContent())!,
    )
    expect(structured).toMatchObject({
      '@type': 'Event',
      name: title,
      startDate: event.startsAt.toISOString(),
    })
    expect(await visitor.getByText(/09:30 in Brussels \(\d\d:30 in Tokyo\)/).count()).toBeGreaterThan(0)
    expect(await visitor.getByText('The link to join is shown here').count()).toBe(1)
    expect(await visitor.content()).not.toContain('zoom.example/j/42')

    // A member of an approved organisation registers; the place waits for approval.
    const { member } = await createTestOrganisation({ country: 'JP' })
    const memberPage = await loggedInPage(member.email, member.password)
    await visit(memberPage, `/events/${event.slug}`)
    await memberPage.getByLabel('What do you hope to get from this event?').fill('Partners in Europe.')
    await memberPage.getByRole('button', { name: 'Register', exact: true }).click()
    await memberPage.getByText('Registered. The people registered get an email.').waitFor()
    await memberPage.getByText('Waiting for approval').waitFor()

    // Staff approve; the member's email carries the calendar entry, and the page now shows the link.
    await visit(staffPage, `/staff/events/${event.id}/registrations?state=pending`)
    await staffPage
      .getByRole('row', { name: new RegExp(member.displayName) })
      .getByRole('button', { name: 'Approve' })
      .click()
    await staffPage.getByText('Approved: the person is told.').waitFor()
    const approvedEmail = await prisma.emailMessage.findFirstOrThrow({
      where: { userId: member.id, attachment: { not: Prisma.DbNull } },
      orderBy: { createdAt: 'desc' },
    })
    expect(approvedEmail.text).toContain(`has a place at "${title}"`)
    const first = calendarOf((approvedEmail.attachment as { content: string }).content)
    expect(first).toMatchObject({ uid: `event-${event.id}@eu-japan-circular.example`, sequence: 0 })
    // The development outbox shows the attachment, and the email's links can be followed.
    await visit(staffPage, '/dev/outbox')
    const outboxEntry = staffPage
      .getByRole('listitem')
      .filter({ hasText: `has a place at "${title}"` })
      .first()
    expect(await outboxEntry.textContent()).toContain(`Attached: ${event.slug}.ics`)
    expect(await outboxEntry.getByRole('link', { name: new RegExp(`/events/${event.slug}$`) }).count()).toBe(
      1,
    )
    await visit(memberPage, `/events/${event.slug}`)
    expect(await memberPage.getByRole('link', { name: 'Join online' }).getAttribute('href')).toBe(
      'https://zoom.example/j/42',
    )

    // Moved by an hour: the same calendar entry with a higher sequence, by email and from the page.
    await visit(staffPage, `/staff/events/${event.id}`)
    await staffPage.getByLabel('Start time').fill('10:30')
    await staffPage.getByLabel('End time').fill('12:30')
    await staffPage.getByRole('button', { name: 'Save', exact: true }).click()
    await staffPage.getByText('Saved.').waitFor()
    const changedEmail = await prisma.emailMessage.findFirstOrThrow({
      where: { userId: member.id, attachment: { not: Prisma.DbNull } },
      orderBy: { createdAt: 'desc' },
    })
    expect(changedEmail.text).toContain('Changed:')
    const moved = calendarOf((changedEmail.attachment as { content: string }).content)
    expect(moved.uid).toBe(first.uid)
    expect(moved.sequence).toBe(1)
    expect(moved.start).not.toBe(first.start)
    const download = calendarOf(await (await fetch(`${baseUrl()}/events/${event.slug}/calendar.ics`)).text())
    expect(download).toMatchObject({ uid: first.uid, sequence: 1, start: moved.start })
    expect(await (await fetch(`${baseUrl()}/events/${event.slug}/calendar.ics`)).text()).not.toContain(
      'zoom.example/j/42',
    )

    // The member cancels; the place is free again.
    await visit(memberPage, `/events/${event.slug}`)
    memberPage.once('dialog', (dialog) => void dialog.accept())
    await memberPage.getByRole('button', { name: 'Cancel registration' }).click()
    await memberPage.getByText('The registration is cancelled.').waitFor()
    expect(
      await prisma.eventRegistration.findFirstOrThrow({ where: { eventId: event.id, userId: member.id } }),
    ).toMatchObject({ status: 'cancelled' })
  }, 180_000)

  test('the demo events show every state, and the event pages pass axe and fit a phone in both languages', async () => {
    const webinar = await prisma.event.findFirstOrThrow({
      where: { kind: 'webinar', title: { startsWith: 'Opportunities' } },
    })
    const brokerage = await prisma.event.findFirstOrThrow({ where: { kind: 'brokerage' } })
    const states = await prisma.eventRegistration.groupBy({
      by: ['status'],
      where: { eventId: brokerage.id },
      _count: { _all: true },
    })
    expect(Object.fromEntries(states.map((row) => [row.status, row._count._all]))).toEqual({
      approved: 2,
      pending: 2,
      waitlisted: 1,
      declined: 1,
    })
    expect(await prisma.eventRegistration.count({ where: { attended: true } })).toBeGreaterThanOrEqual(5)
    // Its one-to-one meetings are set up, with one booked between its two confirmed participants.
    expect(await prisma.eventMeeting.count({ where: { eventId: brokerage.id, status: 'accepted' } })).toBe(1)
    expect(await prisma.eventSlot.count({ where: { eventId: brokerage.id } })).toBe(6)
    const staffPage = await loggedInPage(staff.email, demoPassword)
    const member = demoAccounts.find((account) => account.organisation === 'magnetkreis')!
    const memberPage = await loggedInPage(member.email, demoPassword)
    const visitor = await newPage()
    const problems: string[] = []
    for (const locale of ['en', 'ja'] as const) {
      await prisma.user.updateMany({
        where: { email: { in: [staff.email, member.email] } },
        data: { locale },
      })
      await visitor.context().addCookies([{ name: 'lang', value: locale, url: baseUrl() }])
      const visits: [typeof visitor, string][] = [
        [visitor, '/events'],
        [visitor, `/events/${webinar.slug}`],
        [memberPage, `/events/${brokerage.slug}`],
        [memberPage, '/account/events'],
        [staffPage, '/staff/events'],
        [staffPage, '/staff/events/new'],
        [staffPage, `/staff/events/${brokerage.id}`],
        [staffPage, `/staff/events/${brokerage.id}/registrations`],
      ]
      for (const [page, path] of visits) problems.push(...(await desktopAndPhoneProblems(page, path, locale)))
    }
    await prisma.user.updateMany({
      where: { email: { in: [staff.email, member.email] } },
      data: { locale: 'en' },
    })
    expect(problems).toEqual([])
    await visitor.setViewportSize({ width: 1280, height: 900 })
    await visitor.context().addCookies([{ name: 'lang', value: 'en', url: baseUrl() }])
    await visit(visitor, '/events?kind=brokerage')
    // Other test files add brokerage events of their own to the shared database: every event listed is a
    // brokerage event, the demo one among them.
    const listed = await visitor.locator('main h3').allTextContents()
    expect(listed).toContain(brokerage.title)
    const kinds = await prisma.event.findMany({ where: { title: { in: listed } }, select: { kind: true } })
    expect(new Set(kinds.map((event) => event.kind))).toEqual(new Set(['brokerage']))
    await visit(visitor, '/events?kind=workshop&market=asean')
    await visitor.getByText('No upcoming event matches.', { exact: false }).waitFor()
  }, 240_000)

  test('hostile registrations get a 4xx and change nothing', async () => {
    const { event } = await createTestEvent({ capacity: '5' })
    const { member } = await createTestOrganisation()
    const other = await createTestOrganisation()
    const [theirs] = await register({
      eventId: event.id,
      actorId: other.member.id,
      people: [other.member.id],
      answer: null,
      listed: true,
    })
    const cookie = await createTestSession(member.id)
    const post = (body: URLSearchParams | string, path = `/events/${event.slug}`) =>
      fetch(`${baseUrl()}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: cookie, Origin: baseUrl(), 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      })
    const many = new URLSearchParams({ intent: 'register' })
    for (let i = 0; i < 3000; i++) many.append('people', `p${i}`)
    const statuses = [
      (await post(new URLSearchParams({ intent: 'register', people: member.id, answer: 'a\u0000b' }))).status,
      (await post(many)).status,
      (await post('intent=register&people=%E0%A4%A')).status,
      (await post(new URLSearchParams({ intent: 'register', people: other.member.id }))).status,
      (await post(new URLSearchParams({ intent: 'cancel', registrationId: theirs!.id }))).status,
      (await post(new URLSearchParams({ intent: 'explode' }))).status,
      (
        await post(
          new URLSearchParams({ intent: 'register', people: member.id }),
          `/events/${'x'.repeat(5000)}`,
        )
      ).status,
    ]
    // The staff form refuses the same hostile bodies before reading them.
    const staffAccount = await createTestAccount({ role: 'staff' })
    const staffCookie = await createTestSession(staffAccount.id)
    const eventsBefore = await prisma.event.count()
    for (const body of ['title=x&materials[10000000]=1', 'title=a%00b&intent=save']) {
      const response = await fetch(`${baseUrl()}/staff/events/new`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          Cookie: staffCookie,
          Origin: baseUrl(),
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body,
      })
      statuses.push(response.status)
    }
    expect(await prisma.event.count()).toBe(eventsBefore)
    for (const status of statuses) expect(status).toBeGreaterThanOrEqual(400)
    for (const status of statuses) expect(status).toBeLessThan(500)
    expect(await prisma.eventRegistration.findMany({ where: { eventId: event.id } })).toMatchObject([
      { id: theirs!.id, status: 'approved' },
    ])
  })

  test('who is coming lists only organisations that agreed; staff import attendance and download the participants', async () => {
    const { event } = await createTestEvent({ participantsShown: 'on' })
    const shown = await createTestOrganisation({ name: `Listed Recycling ${Date.now()}` })
    const hidden = await createTestOrganisation({ name: `Quiet Refining ${Date.now()}` })
    // The member registers with the keyboard alone.
    const memberPage = await loggedInPage(shown.member.email, shown.member.password)
    await visit(memberPage, `/events/${event.slug}`)
    await memberPage.getByRole('checkbox', { name: shown.member.displayName }).focus()
    await memberPage.keyboard.press('Tab')
    await memberPage.keyboard.type('Suppliers of black mass.')
    await memberPage.keyboard.press('Tab')
    await memberPage.keyboard.press('Tab')
    await memberPage.keyboard.press('Enter')
    await memberPage.getByText('Registered. The people registered get an email.').waitFor()
    await register({
      eventId: event.id,
      actorId: hidden.member.id,
      people: [hidden.member.id],
      answer: null,
      listed: false,
    })

    const visitor = await newPage()
    await visit(visitor, `/events/${event.slug}`)
    const coming = await visitor.getByRole('region', { name: 'Who is coming' }).textContent()
    expect(coming).toContain(shown.organisation.name)
    expect(coming).not.toContain(hidden.organisation.name)

    const staffPage = await loggedInPage(staff.email, demoPassword)
    await visit(staffPage, `/staff/events/${event.id}/registrations`)
    const folder = await mkdtemp(path.join(os.tmpdir(), 'attendance-'))
    const file = path.join(folder, 'zoom-attendees.csv')
    await writeFile(
      file,
      `Name,E-mail,Minutes\nA,${shown.member.email.toUpperCase()},55\nB,stranger@example.com,10\n`,
    )
    await staffPage.getByLabel('Import an attendance list').setInputFiles(file)
    await staffPage.getByRole('button', { name: 'Import', exact: true }).click()
    await staffPage
      .getByText('Attendance imported: 1 attended; 1 addresses matched no confirmed participant.')
      .waitFor()
    const csv = await (await staffPage.request.get(`/staff/events/${event.id}/participants.csv`)).text()
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true })
    expect(rows.map(({ email, state, attended, answer }) => ({ email, state, attended, answer }))).toEqual([
      { email: shown.member.email, state: 'approved', attended: 'yes', answer: 'Suppliers of black mass.' },
      { email: hidden.member.email, state: 'approved', attended: 'no', answer: '' },
    ])
  }, 120_000)
})
