import PgBoss from 'pg-boss'
import type { Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { createTestIntroduction, createTestOrganisation } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { createPgPool } from '~/utils/pg-pool.server'
import { useBrowser, visit } from './browser'

const { loggedInPage } = useBrowser()

async function companies() {
  const eu = await createTestOrganisation({
    country: 'BE',
    roles: ['recycling'],
    contact: { name: 'Els Peeters', email: 'els@eu-recycler.example' },
  })
  const jp = await createTestOrganisation({
    country: 'JP',
    roles: ['refining'],
    contact: { name: 'Sato Haruto', email: 'sato@jp-refiner.example' },
  })
  return { eu, jp }
}

async function fillSlot(page: Page, row: number, date: string, time: string) {
  const slot = page.getByRole('group', { name: `Time ${row}` })
  await slot.getByLabel('Date').fill(date)
  await slot.getByLabel('Start').fill(time)
}

async function downloadCalendar(page: Page, introductionId: string) {
  const response = await page.request.get(`/introductions/${introductionId}/meeting.ics`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/calendar')
  return response.text()
}

describe('introduction requests', () => {
  test('request with two slots, recipient sees Brussels and Tokyo times, accepts one; both get contacts and the .ics', async () => {
    const { eu, jp } = await companies()
    const sender = await loggedInPage(eu.member.email, eu.member.password)
    await visit(sender, `/organisations/${jp.organisation.slug}`)
    await sender.getByRole('link', { name: 'Request an introduction' }).click()
    await sender
      .getByRole('heading', { name: `Request an introduction to ${jp.organisation.name}` })
      .waitFor()
    await sender.locator('html[data-hydrated]').waitFor({ state: 'attached' })

    // Bad input first: the errors name the fields and nothing is sent.
    await sender.getByLabel('Your message').fill('Too short')
    await fillSlot(sender, 1, '2020-01-06', '09:30')
    await sender.getByRole('button', { name: 'Send the request' }).click()
    await sender.getByText('Choose what you want to cooperate on.').waitFor()
    await sender.getByText(/Write at least 20 characters/).waitFor()
    await sender.getByText('This time is in the past: propose a later one.').waitFor()
    expect(
      await prisma.introductionRequest.count({ where: { fromOrganisationId: eu.organisation.id } }),
    ).toBe(0)

    await sender.getByLabel('What would you like to cooperate on?').selectOption('recycling-services')
    await sender
      .getByLabel('Your message')
      .fill('We recover cobalt and nickel from black mass and look for a refining partner in Japan.')
    expect(await sender.getByLabel('Time zone of the times below').inputValue()).toBe('Europe/Brussels')
    // Either side of the change to summer time in Brussels (28 March 2027).
    await fillSlot(sender, 1, '2027-03-26', '09:30')
    await fillSlot(sender, 2, '2027-03-29', '09:30')
    await sender.getByRole('button', { name: 'Send the request' }).click()
    await sender.getByText('Your request was sent.').waitFor()
    const introductionId = new URL(sender.url()).pathname.split('/').at(-1)!
    const senderPage = await sender.textContent('main')
    expect(senderPage).toContain('Fri 26 Mar 2027: 09:30 Brussels / 17:30 Tokyo')
    expect(senderPage).toContain('Mon 29 Mar 2027: 09:30 Brussels / 16:30 Tokyo')
    // Contacts stay hidden until the request is accepted.
    expect(senderPage).not.toContain('sato@jp-refiner.example')

    // A second request for the same pair is refused.
    await visit(sender, `/introductions/new?to=${jp.organisation.slug}`)
    await sender.getByText(/already has an open introduction with/).waitFor()
    expect(await sender.getByRole('button', { name: 'Send the request' }).count()).toBe(0)

    const recipient = await loggedInPage(jp.member.email, jp.member.password)
    await recipient.getByRole('link', { name: /Notifications\s*1\s*unread/ }).waitFor()
    await visit(recipient, '/introductions')
    const incoming = recipient.getByRole('region', { name: /Waiting for your answer/ })
    await incoming.getByRole('link', { name: `From ${eu.organisation.name}` }).click()
    await recipient.getByRole('heading', { name: 'Your answer', exact: true }).waitFor()
    await recipient.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    const answer = recipient.getByRole('region', { name: 'Your answer', exact: true })
    // The recipient (a Japanese company) reads the times in Tokyo time, with Brussels beside them.
    expect(await answer.textContent()).toContain('Fri 26 Mar 2027, 17:30–18:30 (Tokyo time)')
    expect(await answer.textContent()).toContain('09:30 Brussels / 17:30 Tokyo')
    await answer.getByRole('radio', { name: /Mon 29 Mar 2027, 16:30/ }).check()
    await answer.getByRole('button', { name: 'Accept the introduction' }).click()
    await recipient.getByText('You accepted the introduction.').waitFor()

    const contacts = recipient.getByRole('region', { name: 'Contacts', exact: true })
    expect(await contacts.textContent()).toContain('els@eu-recycler.example')
    const meeting = recipient.getByRole('region', { name: 'Meeting', exact: true })
    expect(await meeting.textContent()).toContain('Mon 29 Mar 2027: 09:30 Brussels / 16:30 Tokyo')
    await meeting.getByRole('link', { name: 'Add to calendar (.ics)' }).waitFor()
    // The time not chosen is listed as such; moving to it is part of rescheduling, folded until asked for.
    const others = meeting.getByRole('listitem').filter({ hasText: 'Fri 26 Mar 2027' })
    await others.getByText('Not chosen').waitFor()
    expect(await others.getByRole('button').count()).toBe(0)
    expect(await meeting.getByRole('button', { name: 'Move the meeting to this time' }).isVisible()).toBe(
      false,
    )
    await meeting.getByText('Propose a new time (reschedule)…').click()
    await meeting.getByRole('button', { name: 'Move the meeting to this time' }).waitFor()
    const recipientCalendar = await downloadCalendar(recipient, introductionId)
    expect(recipientCalendar).toContain(`UID:introduction-${introductionId}@eu-japan-circular.example`)
    expect(recipientCalendar).toContain('DTSTART:20270329T073000Z')

    await visit(sender, `/introductions/${introductionId}`)
    expect(await sender.getByRole('region', { name: 'Contacts', exact: true }).textContent()).toContain(
      'sato@jp-refiner.example',
    )
    const senderCalendar = await downloadCalendar(sender, introductionId)
    // The recipient's profile page now shows its contact details to the sender too.
    await visit(sender, `/organisations/${jp.organisation.slug}`)
    await sender.getByText('sato@jp-refiner.example').first().waitFor()
    await visit(sender, `/introductions/${introductionId}`)
    expect(senderCalendar).toContain(`UID:introduction-${introductionId}@eu-japan-circular.example`)

    // The thread is open for both.
    await sender.getByLabel('Your message').fill('Thank you, see you on the 29th.')
    await sender.getByRole('button', { name: 'Send message' }).click()
    await sender.getByText('Message sent.').waitFor()
    await visit(recipient, `/introductions/${introductionId}`)
    expect(await recipient.getByRole('region', { name: 'Messages', exact: true }).textContent()).toContain(
      'Thank you, see you on the 29th.',
    )
  })

  test('a third organisation’s member gets 404 on the request, its calendar file and its actions', async () => {
    const { eu, jp } = await companies()
    const third = await createTestOrganisation({ country: 'IT' })
    const id = await createTestIntroduction(eu, jp, {
      message: 'A request that only the two companies and staff may read.',
    })
    const outsider = await loggedInPage(third.member.email, third.member.password)
    const page = await outsider.request.get(`/introductions/${id}`)
    expect(page.status()).toBe(404)
    expect(await page.text()).not.toContain('only the two companies')
    expect((await outsider.request.get(`/introductions/${id}/meeting.ics`)).status()).toBe(404)
    const origin = new URL(outsider.url()).origin
    for (const intent of ['accept', 'decline', 'withdraw', 'message']) {
      const response = await outsider.request.post(`/introductions/${id}`, {
        form: { intent, choice: 'later', timeZone: 'Europe/Brussels', body: 'Hello' },
        headers: { Origin: origin },
        maxRedirects: 0,
      })
      expect(response.status()).toBe(404)
    }
    expect((await prisma.introductionRequest.findUniqueOrThrow({ where: { id } })).status).toBe('pending')

    // Staff notes are for staff: one of the two organisations is refused too.
    const party = await loggedInPage(jp.member.email, jp.member.password)
    const note = await party.request.post(`/introductions/${id}`, {
      form: { intent: 'note', body: 'Not for members' },
      headers: { Origin: origin },
      maxRedirects: 0,
    })
    expect(note.status()).toBe(403)
    expect(await prisma.introductionNote.count({ where: { introductionId: id } })).toBe(0)
  })

  test('a request past its expiry is expired by the job queue, and the sender is told', async () => {
    const { eu, jp } = await companies()
    const id = await createTestIntroduction(eu, jp, { message: 'A request that nobody answers in time.' })
    await prisma.introductionRequest.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    })

    // Ask the app server's workers to run the expiry now rather than at the next minute.
    const pool = createPgPool(inject('databaseUrl'), { max: 1, name: 'test-jobs' })
    try {
      const boss = new PgBoss({ db: { executeSql: (text, values) => pool.query(text, values) } })
      await boss.send('introductions-expire', {})
    } finally {
      await pool.end()
    }
    await expect
      .poll(async () => (await prisma.introductionRequest.findUniqueOrThrow({ where: { id } })).status, {
        timeout: 20_000,
        interval: 250,
      })
      .toBe('expired')

    const sender = await loggedInPage(eu.member.email, eu.member.password)
    await visit(sender, '/notifications')
    await sender
      .getByText(`Your introduction request to ${jp.organisation.name} expired unanswered`)
      .waitFor()
    await visit(sender, '/introductions')
    const closed = sender.getByRole('region', { name: /Closed/ })
    expect(await closed.textContent()).toContain('Expired unanswered')
  })
})
