import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { demoTotpSecret } from '../../prisma/seed/demo-data'
import { totpCodeFor } from '~/modules/auth/two-factor.server'

/** The browser tests/setup/browser.global.ts chose for this run, with Japanese fonts. */
export function launchBrowser(): Promise<Browser> {
  const { executablePath, fontconfigFile, libraryPath } = inject('browser')
  const libraries = [libraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':')
  return chromium.launch({
    executablePath,
    env: {
      ...process.env,
      FONTCONFIG_FILE: fontconfigFile,
      ...(libraries ? { LD_LIBRARY_PATH: libraries } : {}),
    },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

export const baseUrl = () => inject('baseUrl')

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl() })
}

/** Opens a page and waits until React has hydrated it, so that typing is not lost. */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
  return response
}

/**
 * Enters the authenticator code of the demo key. A code works once per 30-second step, and the next
 * step's is accepted early; when both are spent (several log-ins of one account in a few seconds),
 * this waits for the next step.
 */
async function enterSecondFactor(page: Page) {
  const loggedIn = page.getByRole('button', { name: 'Log out' })
  for (let attempt = 0; attempt < 6; attempt++) {
    const offset = attempt % 2 === 0 ? 0 : 30_000
    await page.getByLabel('Code').fill(totpCodeFor(demoTotpSecret, Date.now() + offset))
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Continue' }).click(),
    ])
    const refused = page.getByText('This code is not right')
    await loggedIn.or(refused).waitFor()
    if (await loggedIn.isVisible()) return
    if (offset) await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 200)
  }
  throw new Error('The authenticator code was refused repeatedly.')
}

export async function logIn(page: Page, email: string, password: string) {
  await visit(page, '/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
  const loggedIn = page.getByRole('button', { name: 'Log out' })
  const secondFactor = page.getByRole('heading', { name: 'Enter your authenticator code' })
  await loggedIn.or(secondFactor).waitFor()
  if (await secondFactor.isVisible()) await enterSecondFactor(page)
  await loggedIn.waitFor()
}

/**
 * One browser for a test file, started before its tests and closed after them, with helpers for
 * fresh pages (each in its own context, so with its own cookies).
 */
export function useBrowser() {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  const newPage = async (): Promise<Page> => {
    if (!browser) throw new Error('The browser has not started.')
    return (await newContext(browser)).newPage()
  }
  const loggedInPage = async (email: string, password: string): Promise<Page> => {
    const page = await newPage()
    await logIn(page, email, password)
    return page
  }
  return { newPage, loggedInPage }
}
