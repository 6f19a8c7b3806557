import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { anAccount, createTestAccount } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { logIn, useBrowser, visit } from './browser'

const { newPage } = useBrowser()

/** Presses Tab until the focused element matches `selector`, checking each stop shows its focus. */
async function tabTo(page: Page, selector: string) {
  for (let step = 0; step < 300; step++) {
    await page.keyboard.press('Tab')
    const focus = await page.evaluate((wanted) => {
      const element = document.activeElement as HTMLElement | null
      if (!element || element === document.body) return { matches: false, visible: true }
      const style = getComputedStyle(element)
      return {
        matches: element.matches(wanted),
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        what: element.outerHTML.slice(0, 120),
      }
    }, selector)
    expect(focus.visible, `focus is visible on ${focus.what}`).toBe(true)
    if (focus.matches) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name'))

/** The error text a focused field is described by (how screen readers announce it). */
const focusedFieldError = (page: Page) =>
  page.evaluate(() => {
    const ids = document.activeElement?.getAttribute('aria-describedby')?.split(' ') ?? []
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
  })

describe('forms can be completed with the keyboard alone', () => {
  test('sign-up: errors are announced on the field that gets focus, then the account is created', async () => {
    const page = await newPage()
    await visit(page, '/signup')
    await tabTo(page, 'a[href="#main"]')
    await tabTo(page, '#signup button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.locator('input[name="displayName"][aria-invalid="true"]').waitFor()
    expect(await focusedName(page)).toBe('displayName')
    expect(await focusedFieldError(page)).toContain('Enter your name.')

    const account = anAccount()
    await page.keyboard.type(account.displayName)
    await page.keyboard.press('Tab')
    expect(await focusedName(page)).toBe('email')
    await page.keyboard.type(account.email)
    await page.keyboard.press('Tab')
    expect(await focusedName(page)).toBe('password')
    await page.keyboard.type(account.password)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor()
    expect(await prisma.user.count({ where: { email: account.email } })).toBe(1)
  })

  test('the organisation profile form', async () => {
    const user = await createTestAccount()
    const page = await newPage()
    await logIn(page, user.email, user.password)
    await visit(page, '/organisation/new')

    await tabTo(page, '#profile button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.locator('input[name="name"][aria-invalid="true"]').waitFor()
    expect(await focusedName(page)).toBe('name')
    expect(await focusedFieldError(page)).toContain('Enter the organisation’s name.')

    await page.keyboard.type('Keyboard Recycling Oy')
    await tabTo(page, 'select[name="country"]')
    await page.keyboard.type('Finland')
    expect(await page.locator('select[name="country"]').inputValue()).toBe('FI')
    await tabTo(page, 'textarea[name="description"]')
    await page.keyboard.type(
      'We collect and sort end-of-life batteries in Finland and sell the black mass to refiners in Europe and Japan.',
    )
    await tabTo(page, 'input[name="roles"][value="collection"]')
    await page.keyboard.press('Space')
    await tabTo(page, '#profile button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/organisation\?created=1$/)
    const membership = await prisma.organisationMember.findFirstOrThrow({
      where: { userId: user.id },
      include: { organisation: true },
    })
    expect(membership.organisation).toMatchObject({
      name: 'Keyboard Recycling Oy',
      country: 'FI',
      roles: ['collection'],
    })
  })
})
