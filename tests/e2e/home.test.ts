import { describe, expect, test } from 'vitest'
import { createTestAccount, createTestIntroduction, createTestOrganisation } from '../../prisma/seed/builders'
import { acceptIntroduction } from '~/modules/introductions/introductions.server'
import { prisma } from '~/utils/db.server'
import { useBrowser, visit } from './browser'
import { desktopAndPhoneProblems } from './page-checks'

const { loggedInPage } = useBrowser()

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Organisations on platinum: the directory test counts the Japanese cobalt organisations on one page. */
const organisation = (fields: Record<string, unknown>) =>
  createTestOrganisation({ materials: ['platinum'], ...fields })

describe('home after logging in', () => {
  test('a member sees what needs them, what is coming up and what is new, and suggestions stop being new once seen', async () => {
    const eu = await organisation({
      country: 'BE',
      name: `Ghent PGM Recovery ${Date.now()}`,
      roles: ['recycling'],
    })
    const jp = await organisation({
      country: 'JP',
      name: `Kobe Catalyst Works ${Date.now()}`,
      roles: ['use'],
    })
    const asker = await organisation({
      country: 'JP',
      name: `Nagoya Refiners ${Date.now()}`,
      roles: ['refining'],
    })
    const accepted = await createTestIntroduction(eu, jp, {
      slots: [{ date: inDays(30), time: '10:00', durationMinutes: 60, mode: 'online' }],
    })
    const slot = await prisma.meetingSlot.findFirstOrThrow({ where: { introductionId: accepted } })
    await acceptIntroduction({
      introductionId: accepted,
      organisationId: jp.organisation.id,
      slotId: slot.id,
    })
    const waiting = await createTestIntroduction(asker, eu)

    const page = await loggedInPage(eu.member.email, eu.member.password)
    await visit(page, '/')
    await page.getByRole('heading', { level: 1, name: `Welcome back, ${eu.member.displayName}` }).waitFor()
    const needsYou = page.getByRole('region', { name: 'Waiting for you' })
    await needsYou.getByRole('link', { name: `Introduction request from ${asker.organisation.name}` }).click()
    await page.waitForURL(`**/introductions/${waiting}`)

    await visit(page, '/')
    const upcoming = page.getByRole('region', { name: 'Meetings coming up' })
    await upcoming.getByRole('link', { name: `With ${jp.organisation.name}` }).waitFor()
    expect(await upcoming.textContent()).toMatch(/10:00.*\(Brussels time\)/)
    expect(await upcoming.textContent()).toMatch(/Brussels \/ \d\d:\d\d Tokyo/)
    // The acceptance reached the member as a message.
    const messages = page.getByRole('region', { name: 'New messages' })
    expect(await messages.getByRole('listitem').count()).toBeGreaterThan(0)
    await page
      .getByRole('region', { name: 'Your organisation’s profile' })
      .getByText('Approved and listed')
      .waitFor()

    const suggestions = page.getByRole('region', { name: 'New suggestions' })
    await suggestions.getByText(/suggested partners? you have not seen yet/).waitFor()
    await suggestions.getByRole('link', { name: 'See all suggestions' }).click()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await visit(page, '/')
    await suggestions.getByText('No new suggestions since you last looked.').waitFor()

    const problems = await desktopAndPhoneProblems(page, '/', 'en')
    await prisma.user.update({ where: { id: eu.member.id }, data: { locale: 'ja' } })
    await visit(page, '/')
    await page
      .getByRole('heading', { level: 1, name: `${eu.member.displayName}さん、おかえりなさい` })
      .waitFor()
    await page
      .getByRole('region', { name: '今後の面談' })
      .getByText('（ブリュッセル時間）', { exact: false })
      .waitFor()
    problems.push(...(await desktopAndPhoneProblems(page, '/', 'ja')))
    expect(problems).toEqual([])
  })

  test('a member without an organisation is told what to do next in every panel', async () => {
    const account = await createTestAccount()
    const page = await loggedInPage(account.email, account.password)
    await visit(page, '/')
    const profile = page.getByRole('region', { name: 'Your organisation’s profile' })
    await profile.getByText('You have no organisation profile yet.', { exact: false }).waitFor()
    await page
      .getByRole('region', { name: 'Waiting for you' })
      .getByText('Nothing waits for your answer.', { exact: false })
      .waitFor()
    await page
      .getByRole('region', { name: 'Meetings coming up' })
      .getByText('No meetings planned.', { exact: false })
      .waitFor()
    await page
      .getByRole('region', { name: 'New suggestions' })
      .getByText('Suggestions appear once your profile is approved')
      .waitFor()
    await page
      .getByRole('region', { name: 'Your events' })
      .getByRole('link', { name: 'Find an event' })
      .waitFor()
    await profile.getByRole('link', { name: 'Create your profile' }).click()
    await page.waitForURL('**/organisation/new')
  })

  test('staff land on the queues that wait for the Centre, each a link into it', async () => {
    const submitted = await organisation({
      country: 'FR',
      name: `Lyon Magnet Loop ${Date.now()}`,
      status: 'submitted',
    })
    const staff = await createTestAccount({ role: 'staff' })
    const page = await loggedInPage(staff.email, staff.password)
    await visit(page, '/')
    await page.getByRole('heading', { level: 1, name: `Welcome back, ${staff.displayName}` }).waitFor()
    const review = page.getByRole('region', { name: /Profiles to review \(\d+\)/ })
    await page.getByRole('region', { name: /Open reports \(\d+\)/ }).waitFor()
    await page
      .getByRole('region', { name: 'Requests waiting' })
      .getByRole('link', { name: /introductions? waits? for an answer/ })
      .waitFor()
    // The oldest first: the new one may be past the first five, so the count and the queue tell.
    const count = Number((await review.getByRole('heading').textContent())!.match(/\((\d+)\)/)![1])
    expect(count).toBe(await prisma.organisation.count({ where: { status: 'submitted' } }))
    await review.getByRole('link', { name: 'Open the review queue' }).click()
    await page.getByRole('link', { name: submitted.organisation.name }).waitFor()
    await visit(page, '/')
    expect(await desktopAndPhoneProblems(page, '/', 'en')).toEqual([])
  })
})

describe('one clock', () => {
  test('times on the sessions and notifications pages are in the reader’s zone, with the zone named', async () => {
    const jp = await organisation({ country: 'JP', name: `Sapporo Metals ${Date.now()}` })
    const eu = await organisation({ country: 'DE', name: `Bremen Metals ${Date.now()}` })
    await createTestIntroduction(eu, jp)
    const euPage = await loggedInPage(eu.member.email, eu.member.password)
    await visit(euPage, '/account/sessions')
    await euPage.getByText('(Brussels time)', { exact: false }).first().waitFor()
    expect(await euPage.getByText('UTC').count()).toBe(0)

    const jpPage = await loggedInPage(jp.member.email, jp.member.password)
    await prisma.user.update({ where: { id: jp.member.id }, data: { locale: 'ja' } })
    await visit(jpPage, '/notifications')
    await jpPage.getByText('（東京時間）', { exact: false }).first().waitFor()
    await prisma.user.update({ where: { id: jp.member.id }, data: { timeZone: 'Europe/Lisbon' } })
    await visit(jpPage, '/notifications')
    await jpPage.getByText('（リスボン時間）', { exact: false }).first().waitFor()
  })
})
