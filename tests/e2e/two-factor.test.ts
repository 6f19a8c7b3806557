import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { anAccount, createTestAccount } from '../../prisma/seed/builders'
import { createAccount } from '~/modules/auth/accounts.server'
import { totpCodeFor } from '~/modules/auth/two-factor.server'
import { prisma } from '~/utils/db.server'
import { logIn, useBrowser, visit } from './browser'

const { newPage } = useBrowser()

async function submitPassword(page: Page, email: string, password: string) {
  await visit(page, '/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor()
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel('Code').fill(code)
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', { name: 'Continue' }).click(),
  ])
}

/** Sets 2FA up through the page, as a person with an authenticator app would; returns key and codes. */
async function setUpTwoFactor(page: Page) {
  await visit(page, '/account/two-factor')
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click()
  await page.getByRole('img', { name: /QR code/ }).waitFor()
  const secret = (await page.locator('code').textContent())!.trim()
  await page.getByLabel('Code from your authenticator app').fill('000000')
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click()
  await page.getByText('This code is not right.').waitFor()
  await page.getByLabel('Code from your authenticator app').fill(totpCodeFor(secret))
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click()
  const codes = page.getByRole('region', { name: /Your recovery codes/ }).locator('li')
  await codes.first().waitFor()
  return { secret, recoveryCodes: await codes.allTextContents() }
}

describe('two-factor authentication', () => {
  test('a member turns it on; log-in then asks for a code, a recovery code works once', async () => {
    const account = await createTestAccount()
    const page = await newPage()
    await logIn(page, account.email, account.password)
    const { secret, recoveryCodes } = await setUpTwoFactor(page)
    expect(recoveryCodes).toHaveLength(10)

    const next = await newPage()
    await submitPassword(next, account.email, account.password)
    // The password alone opens nothing.
    await visit(next, '/organisation')
    expect(new URL(next.url()).pathname).toBe('/login')
    await visit(next, '/login/two-factor')
    await enterCode(next, '123456')
    await next.getByText('This code is not right').waitFor()
    // The code used to turn 2FA on was of this 30-second step: the next step's is accepted early.
    await enterCode(next, totpCodeFor(secret, Date.now() + 30_000))
    await next.getByRole('button', { name: 'Log out' }).waitFor()

    const withRecovery = await newPage()
    await submitPassword(withRecovery, account.email, account.password)
    await enterCode(withRecovery, recoveryCodes[0]!)
    await withRecovery.getByRole('button', { name: 'Log out' }).waitFor()
    const again = await newPage()
    await submitPassword(again, account.email, account.password)
    await enterCode(again, recoveryCodes[0]!)
    await again.getByText('This code is not right').waitFor()
  })

  test('staff without 2FA are sent to set it up before any staff page', async () => {
    const staff = anAccount({ role: 'staff' })
    await createAccount(staff)
    const page = await newPage()
    await logIn(page, staff.email, staff.password)
    await visit(page, '/staff')
    expect(new URL(page.url()).pathname).toBe('/account/two-factor')
    await page.getByText('Centre staff pages need two-factor authentication').waitFor()
    await setUpTwoFactor(page)
    const response = await visit(page, '/staff')
    expect(response?.status()).toBe(200)
    await page.getByRole('heading', { name: 'Staff workspace' }).waitFor()
    // Staff cannot turn it off.
    expect(await page.getByText('Turn two-factor authentication off').count()).toBe(0)
  })

  test('guessing codes is stopped after 10 wrong ones', async () => {
    const account = await createTestAccount({ role: 'staff' })
    const page = await newPage()
    await submitPassword(page, account.email, account.password)
    for (let attempt = 0; attempt < 10; attempt++) {
      await enterCode(page, String(100000 + attempt))
    }
    await enterCode(page, '999999')
    await page.getByText(/Too many attempts\. Try again in \d+ minutes?\./).waitFor()
    const user = await prisma.user.findUniqueOrThrow({ where: { id: account.id } })
    expect(user.totpEnabledAt).not.toBeNull()
  })
})
