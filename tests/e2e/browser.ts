import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
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

export async function logIn(page: Page, email: string, password: string) {
  await visit(page, '/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.getByRole('button', { name: 'Log out' }).waitFor()
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
