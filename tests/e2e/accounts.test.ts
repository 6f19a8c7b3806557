import { errorMessage } from '~/modules/i18n/message-keys'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { anAccount, createTestAccount } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { baseUrl, logIn, useBrowser, visit } from './browser'

const { newPage } = useBrowser()

const demoMember = demoAccounts.find((account) => account.role === 'member')!

describe('accounts in a real browser', () => {
  test('the home page explains the service and invites visitors to sign up', async () => {
    const page = await newPage()
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/strategic metals/i)
    expect(await page.getByText('EU-Japan Centre for Industrial Cooperation').count()).toBeGreaterThan(0)
    expect(await page.getByRole('link', { name: 'Create a free account' }).isVisible()).toBe(true)
    expect(await page.locator('main#main').count()).toBe(1)
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1)
  })

  test('a demo member can log in', async () => {
    const page = await newPage()
    await logIn(page, demoMember.email, demoPassword)
    expect(await page.getByText(`Welcome back, ${demoMember.displayName}`).isVisible()).toBe(true)
  })

  test('sign up, log out, and log in again', async () => {
    const page = await newPage()
    const account = anAccount()
    await visit(page, '/signup')
    await page.getByLabel('Your name').fill(account.displayName)
    await page.getByLabel('Work email').fill(account.email)
    await page.getByLabel('Password').fill(account.password)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor()
    expect(await page.getByRole('status').textContent()).toContain(account.email)
    // No SMTP here: the page says where the email went.
    await page.getByRole('link', { name: 'email outbox' }).waitFor()

    // Before the address is confirmed, the account cannot log in.
    await visit(page, '/login')
    await page.getByLabel('Email').fill(account.email)
    await page.getByLabel('Password').fill(account.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByText('Confirm your email address first').waitFor()

    const email = await prisma.emailMessage.findFirstOrThrow({ where: { toAddress: account.email } })
    const link = email.text.match(/https?:\/\/[^\s]+(\/verify-email\/[A-Za-z0-9_-]+)/)![1]!
    await visit(page, link)
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await page.waitForURL(/\/organisation\/new/)
    await visit(page, '/')
    await page.getByText(`Welcome back, ${account.displayName}`).waitFor()

    const [cookie] = await page.context().cookies()
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })

    await page.getByRole('button', { name: 'Log out' }).click()
    await page.getByRole('link', { name: 'Log in' }).first().waitFor()
    expect(await page.context().cookies()).toHaveLength(0)

    await logIn(page, account.email, account.password)
    expect(await page.getByText(`Welcome back, ${account.displayName}`).isVisible()).toBe(true)
  })

  test('signing up with a registered address answers the same and emails its owner instead', async () => {
    const owner = await createTestAccount()
    const page = await newPage()
    await visit(page, '/signup')
    await page.getByLabel('Your name').fill('Someone Else')
    await page.getByLabel('Work email').fill(owner.email)
    await page.getByLabel('Password').fill('another long passphrase')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor()
    expect(await prisma.user.count({ where: { email: owner.email } })).toBe(1)
    const told = await prisma.emailMessage.findFirstOrThrow({ where: { toAddress: owner.email } })
    expect(told.subject).toContain('tried to sign up with your address')
  })

  test('sign-up errors are shown per field and create no account', async () => {
    const page = await newPage()
    const email = anAccount().email
    await visit(page, '/signup')
    await page.getByLabel('Work email').fill(email)
    await page.getByLabel('Password').fill('too short')
    await page.getByRole('button', { name: 'Create account' }).click()

    const password = page.getByLabel('Password')
    await page.getByText('Use at least 12 characters.').waitFor()
    expect(await password.getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByText('Enter your name.').isVisible()).toBe(true)
    expect(await prisma.user.count({ where: { email } })).toBe(0)
  })

  test('the server refuses invalid sign-ups even without the browser’s checks', async () => {
    const email = anAccount().email
    const response = await fetch(`${baseUrl()}/signup?_data=routes%2Fsignup`, {
      method: 'POST',
      headers: { Origin: baseUrl() },
      body: new URLSearchParams({ displayName: 'X', email, password: 'short' }),
    })
    expect(response.status).toBe(400)
    // The reply names the message by key; the page writes it in the reader's language.
    expect(JSON.stringify(await response.json())).toContain(
      JSON.stringify(errorMessage('passwordTooShort', { min: 12 })).slice(1, -1),
    )
    expect(await prisma.user.count({ where: { email } })).toBe(0)
  })

  test('a wrong password gets one message that does not say whether the email exists', async () => {
    const user = await createTestAccount()
    const page = await newPage()
    await visit(page, '/login')
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password').fill(`${user.password}-wrong`)
    await page.getByRole('button', { name: 'Log in' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    const wrongPasswordMessage = await alert.textContent()

    await page.getByLabel('Email').fill(`nobody-${Date.now()}@example.com`)
    await page.getByLabel('Password').fill(user.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForLoadState('networkidle')
    expect(await page.getByRole('alert').textContent()).toBe(wrongPasswordMessage)
    expect(wrongPasswordMessage).toBe('The email address or password is incorrect.')
    expect(new URL(page.url()).pathname).toBe('/login')
    expect(await page.context().cookies()).toHaveLength(0)
  })

  test('a visitor asking for a private page logs in and lands on it', async () => {
    const user = await createTestAccount()
    const page = await newPage()
    await page.goto('/account/sessions')
    expect(new URL(page.url()).pathname).toBe('/login')
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password').fill(user.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByRole('heading', { name: 'Your sessions' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/account/sessions')
  })
})

describe('roles', () => {
  test('a member is refused the staff and admin pages (403) and sees no link to them', async () => {
    const member = await createTestAccount()
    const page = await newPage()
    await logIn(page, member.email, member.password)
    expect(await page.getByRole('link', { name: 'Staff workspace' }).count()).toBe(0)

    for (const path of ['/staff', '/admin']) {
      const response = await page.goto(path)
      expect(response?.status()).toBe(403)
      expect(await page.getByRole('heading', { name: 'Not allowed' }).isVisible()).toBe(true)
    }
  })

  test('staff reach the staff workspace but not administration; admins reach both', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const staffPage = await newPage()
    await logIn(staffPage, staff.email, staff.password)
    await staffPage.getByRole('link', { name: 'Staff workspace' }).click()
    await staffPage.getByRole('heading', { name: 'Staff workspace' }).waitFor()
    expect((await staffPage.goto('/admin'))?.status()).toBe(403)

    const admin = await createTestAccount({ role: 'admin' })
    const adminPage = await newPage()
    await logIn(adminPage, admin.email, admin.password)
    expect((await adminPage.goto('/staff'))?.status()).toBe(200)
    expect((await adminPage.goto('/admin'))?.status()).toBe(200)
    expect(await adminPage.getByRole('cell', { name: admin.email }).isVisible()).toBe(true)
  })

  test('a visitor asking for a staff page is sent to log in', async () => {
    const response = await fetch(`${baseUrl()}/staff`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('/login?redirectTo=%2Fstaff')
  })
})

describe('session list', () => {
  test('a user sees their sessions and ends another one, which logs that browser out', async () => {
    const user = await createTestAccount()
    const laptop = await newPage()
    const phone = await newPage()
    await logIn(laptop, user.email, user.password)
    await logIn(phone, user.email, user.password)

    await laptop.goto('/account/sessions')
    const sessions = laptop.getByRole('listitem')
    expect(await sessions.count()).toBe(2)
    expect(await laptop.getByText('This browser').count()).toBe(1)

    await laptop.getByRole('button', { name: /^End session/ }).click()
    await laptop.getByText('Session ended.').waitFor()
    await laptop.getByRole('listitem').nth(1).waitFor({ state: 'detached' })
    expect(await laptop.getByRole('listitem').count()).toBe(1)

    await phone.goto('/account/sessions')
    expect(new URL(phone.url()).pathname).toBe('/login')
    // The laptop is still logged in.
    await laptop.reload()
    expect(await laptop.getByRole('heading', { name: 'Your sessions' }).isVisible()).toBe(true)
  })

  test('ending all other sessions keeps the current one', async () => {
    const user = await createTestAccount()
    const pages = [await newPage(), await newPage(), await newPage()]
    for (const page of pages) await logIn(page, user.email, user.password)
    const [current] = pages as [Page]
    await current.goto('/account/sessions')
    await current.getByRole('button', { name: 'End all other sessions (2)' }).click()
    await current.getByText('Ended 2 other sessions.').waitFor()
    await current.getByText('You are not logged in anywhere else.').waitFor()
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1)
  })
})

describe('pages around the app', () => {
  test('an unknown address shows a 404 page inside the layout', async () => {
    const page = await newPage()
    const response = await page.goto('/no-such-page')
    expect(response?.status()).toBe(404)
    expect(await page.getByRole('heading', { name: 'Page not found' }).isVisible()).toBe(true)
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true)
  })

  test('pages carry security headers with a per-response script nonce', async () => {
    const first = await fetch(`${baseUrl()}/`)
    const second = await fetch(`${baseUrl()}/`)
    const csp = first.headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(second.headers.get('Content-Security-Policy')).not.toContain(nonce)
    expect(await first.text()).toContain(`nonce="${nonce}"`)
    expect(first.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(first.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
  })
})
