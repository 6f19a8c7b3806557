import { describe, expect, test } from 'vitest'
import { createTestAccount, createTestIntroduction, createTestOrganisation } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { baseUrl, useBrowser, visit } from './browser'
import { accessibilityViolations, desktopAndPhoneProblems } from './page-checks'

const { newPage, loggedInPage } = useBrowser()

const unsubscribePath = async (userId: string, topic: string) => {
  const { emailToken } = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  return `/email/unsubscribe/${emailToken}?topic=${topic}`
}

describe('choosing emails', () => {
  test('a member takes introductions in the weekly digest: the next request waits for it, and the choice shows again', async () => {
    const eu = await createTestOrganisation({ country: 'DE' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const page = await loggedInPage(jp.member.email, jp.member.password)
    await visit(page, '/account/preferences')
    const emails = page.getByRole('group', { name: 'Emails' })
    // Staff topics are not offered to members.
    expect(await emails.getByLabel('Requests to the Centre (staff)').count()).toBe(0)
    const introductions = emails.getByLabel('Introductions: requests, answers, messages and meeting times')
    expect(await introductions.inputValue()).toBe('each')
    await introductions.selectOption({ label: 'In a weekly digest (Mondays)' })
    await emails.getByLabel('Meetings at events').selectOption({ label: 'No emails' })
    await page.getByRole('button', { name: 'Save preferences' }).click()
    await page.getByText('Your preferences are saved.').waitFor()
    expect(await introductions.inputValue()).toBe('weekly')
    expect(await accessibilityViolations(page)).toEqual([])

    await createTestIntroduction(eu, jp)
    expect(await prisma.emailMessage.count({ where: { userId: jp.member.id } })).toBe(0)
    expect(await prisma.notification.count({ where: { userId: jp.member.id, awaitingDigest: true } })).toBe(1)
  })

  test('a staff member may choose the staff topic', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const page = await loggedInPage(staff.email, staff.password)
    await visit(page, '/account/preferences')
    await page.getByRole('group', { name: 'Emails' }).getByLabel('Requests to the Centre (staff)').waitFor()
  })
})

describe('unsubscribe links', () => {
  test('work without logging in: opening one changes nothing, the button stops the topic', async () => {
    const person = await createTestAccount()
    const path = await unsubscribePath(person.id, 'events')
    const page = await newPage()
    await visit(page, path)
    await page.getByText(`Stop emails about events you registered for to ${person.email}?`).waitFor()
    expect(await prisma.emailPreference.count({ where: { userId: person.id } })).toBe(0)
    expect(await desktopAndPhoneProblems(page, path, 'en')).toEqual([])
    await page.getByRole('button', { name: 'Stop these emails' }).click()
    await page
      .getByRole('status')
      .getByText('Done: you will get no more emails about events you registered for.')
      .waitFor()
    expect(
      await prisma.emailPreference.findUniqueOrThrow({
        where: { userId_topic: { userId: person.id, topic: 'events' } },
      }),
    ).toMatchObject({ frequency: 'never' })
  })

  test('in Japanese, and the weekly digest’s own link', async () => {
    const person = await createTestAccount({ locale: 'ja' })
    await prisma.emailPreference.create({
      data: { userId: person.id, topic: 'followups', frequency: 'weekly' },
    })
    const path = await unsubscribePath(person.id, 'digest')
    const page = await newPage()
    // A Japanese reader's browser asks for Japanese pages.
    await page.context().addCookies([{ name: 'lang', value: 'ja', url: baseUrl() }])
    await visit(page, path)
    await page.getByText(`${person.email}への週1回のまとめを停止しますか？`).waitFor()
    expect(await desktopAndPhoneProblems(page, path, 'ja')).toEqual([])
    await page.getByRole('button', { name: 'このメールを停止する' }).click()
    await page.getByRole('status').getByText('週1回のまとめを停止しました。').waitFor()
    expect(
      (
        await prisma.emailPreference.findUniqueOrThrow({
          where: { userId_topic: { userId: person.id, topic: 'followups' } },
        })
      ).frequency,
    ).toBe('never')
  })

  test('a wrong token or topic says so and changes nothing', async () => {
    const person = await createTestAccount()
    const good = await unsubscribePath(person.id, 'events')
    const page = await newPage()
    for (const path of [
      '/email/unsubscribe/not-a-token?topic=events',
      good.replace('topic=events', 'topic=everything'),
      good.replace(/\?topic=events$/, ''),
    ]) {
      const response = await visit(page, path)
      expect(response?.status()).toBe(404)
      await page.getByRole('alert').getByText('This link does not work').waitFor()
      expect(await page.getByRole('button', { name: 'Stop these emails' }).count()).toBe(0)
    }
    const posted = await fetch(`${baseUrl()}/email/unsubscribe/not-a-token?topic=events`, { method: 'POST' })
    expect(posted.status).toBe(404)
    expect(await prisma.emailPreference.count({ where: { userId: person.id } })).toBe(0)
  })

  test('a mail program’s one-click POST (no Origin, no cookie) stops the topic; other forms still need our Origin', async () => {
    const person = await createTestAccount()
    const path = await unsubscribePath(person.id, 'introductions')
    const response = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(response.status).toBe(200)
    expect(
      (
        await prisma.emailPreference.findUniqueOrThrow({
          where: { userId_topic: { userId: person.id, topic: 'introductions' } },
        })
      ).frequency,
    ).toBe('never')
    const elsewhere = await fetch(`${baseUrl()}/account/preferences`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'locale=en',
    })
    expect(elsewhere.status).toBe(403)
  })
})
