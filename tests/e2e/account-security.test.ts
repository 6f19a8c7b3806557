import { describe, expect, test } from 'vitest'
import { anAccount, createTestAccount } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { logIn, useBrowser, visit } from './browser'

const { newPage, loggedInPage } = useBrowser()

/**
 * The path of the newest link emailed to an address (the outbox keeps every email). Reset emails are
 * written by a job a moment after the form answers, so this waits for one.
 */
async function linkEmailedTo(address: string, path: 'reset-password' | 'confirm-email') {
  const newest = () =>
    prisma.emailMessage.findFirst({
      where: { toAddress: address, text: { contains: `/${path}/` } },
      orderBy: { createdAt: 'desc' },
    })
  await expect.poll(newest, { timeout: 20_000, interval: 200 }).not.toBeNull()
  const email = (await newest())!
  const match = email.text.match(new RegExp(`https?://[^\\s]+(/${path}/[A-Za-z0-9_-]+)`))
  if (!match) throw new Error(`No ${path} link in: ${email.text}`)
  return match[1]!
}

describe('account security', () => {
  test('password reset by emailed single-use link ends the other sessions; the form reveals nothing', async () => {
    const account = await createTestAccount()
    const otherBrowser = await loggedInPage(account.email, account.password)

    const page = await newPage()
    await visit(page, '/login')
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor()
    const nobody = anAccount().email
    await page.getByLabel('Email').fill(nobody)
    await page.getByRole('button', { name: 'Send me a link' }).click()
    const answer = page.getByRole('status')
    await answer.waitFor()
    const answerForNobody = await answer.textContent()

    await page.getByLabel('Email').fill(account.email)
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Send me a link' }).click(),
    ])
    expect(await page.getByRole('status').textContent()).toBe(answerForNobody)
    const link = await linkEmailedTo(account.email, 'reset-password')
    // The unknown address's request was handled first (one worker, in order) and wrote nothing.
    expect(await prisma.emailMessage.count({ where: { toAddress: nobody } })).toBe(0)

    await visit(page, link)
    await page.getByLabel('New password').fill('qwerty123456')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.getByText('too easy to guess').waitFor()
    await page.getByLabel('New password').fill('a brand new copper kettle')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.waitForURL(/password=reset/)
    await page.getByRole('button', { name: 'Log out' }).waitFor()

    // The browser that was logged in with the old password is logged out.
    await visit(otherBrowser, '/account/sessions')
    expect(new URL(otherBrowser.url()).pathname).toBe('/login')
    // The link works once.
    await visit(page, link)
    await page.getByText('This link has expired or was already used.').waitFor()

    const fresh = await newPage()
    await visit(fresh, '/login')
    await fresh.getByLabel('Email').fill(account.email)
    await fresh.getByLabel('Password').fill(account.password)
    await fresh.getByRole('button', { name: 'Log in' }).click()
    await fresh.getByText('The email address or password is incorrect.').waitFor()
    await logIn(fresh, account.email, 'a brand new copper kettle')
  })

  test('changing the password asks for the current one and offers to log out other sessions', async () => {
    const account = await createTestAccount()
    const otherBrowser = await loggedInPage(account.email, account.password)
    const page = await loggedInPage(account.email, account.password)
    await visit(page, '/account/security')
    const form = page.getByRole('region', { name: 'Change your password' })
    await form.getByLabel('Current password').fill('not my password at all')
    await form.getByLabel('New password').fill('tatami and copper kettles')
    await form.getByRole('button', { name: 'Change password' }).click()
    await form.getByText('Your current password is not right.').waitFor()

    await form.getByLabel('Current password').fill(account.password)
    await form.getByLabel('New password').fill('tatami and copper kettles')
    expect(await form.getByLabel('Log out my other sessions (recommended)').isChecked()).toBe(true)
    await form.getByRole('button', { name: 'Change password' }).click()
    const before = (await page.context().cookies()).find((cookie) => cookie.name === 'session')?.value
    await page.getByText('Your password is changed. 1 other session was logged out.').waitFor()
    // This browser stays logged in, under a new session id.
    const after = (await page.context().cookies()).find((cookie) => cookie.name === 'session')?.value
    expect(after).toBeTruthy()
    expect(after).not.toBe(before)
    await page.getByRole('button', { name: 'Log out' }).waitFor()
    await visit(otherBrowser, '/account/sessions')
    expect(new URL(otherBrowser.url()).pathname).toBe('/login')
  })

  test('changing the email address needs the password and a confirmation from the new address', async () => {
    const account = await createTestAccount()
    const taken = await createTestAccount()
    const page = await loggedInPage(account.email, account.password)
    await visit(page, '/account/security')
    const form = page.getByRole('region', { name: 'Change your email address' })

    // An address that already has an account gets the same answer, and no email.
    await form.getByLabel('New email address').fill(taken.email)
    await form.getByLabel('Current password').fill(account.password)
    await form.getByRole('button', { name: 'Send a confirmation link' }).click()
    await page.getByText('If the new address can be used, a confirmation link is on its way').waitFor()
    expect(
      await prisma.emailMessage.count({
        where: { toAddress: taken.email, subject: { contains: 'Confirm' } },
      }),
    ).toBe(0)

    const newAddress = anAccount().email
    await visit(page, '/account/security')
    await form.getByLabel('New email address').fill(newAddress)
    await form.getByLabel('Current password').fill(account.password)
    await form.getByRole('button', { name: 'Send a confirmation link' }).click()
    await page.getByText('If the new address can be used, a confirmation link is on its way').waitFor()
    expect((await prisma.user.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(account.email)

    await visit(page, await linkEmailedTo(newAddress, 'confirm-email'))
    await page.getByRole('button', { name: 'Confirm this address' }).click()
    await page.getByText('Your email address is changed.').waitFor()
    expect((await prisma.user.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(newAddress)
    expect(
      await prisma.emailMessage.count({
        where: { toAddress: account.email, subject: { contains: 'was changed' } },
      }),
    ).toBe(1)
    const again = await newPage()
    await logIn(again, newAddress, account.password)
  })
})
