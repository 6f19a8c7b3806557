import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { createTestAccount } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { useBrowser, visit } from './browser'

const { loggedInPage } = useBrowser()
const member = demoAccounts.find((account) => account.role === 'member')!

/** The elements among `targets` that are visible and shorter than a fingertip (44 px), by their text. */
async function shortTargets(targets: Locator) {
  const short: string[] = []
  for (const target of await targets.all()) {
    const box = await target.boundingBox()
    if (box && box.height < 44) short.push(`${(await target.textContent())?.trim()}: ${box.height}px`)
  }
  return short
}

async function onPhone(page: Page, path: string) {
  await page.setViewportSize({ width: 390, height: 844 })
  await visit(page, path)
}

describe('on a phone', () => {
  test('the header folds its links into a menu with rows tall enough to tap, which folds again after a navigation', async () => {
    const page = await loggedInPage(member.email, demoPassword)
    await onPhone(page, '/')
    const header = page.locator('header')
    // Folded, the header is one line: the name and the menu button.
    expect((await header.boundingBox())!.height).toBeLessThan(140)
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0)
    await page.locator('header summary').click()
    const main = page.getByRole('navigation', { name: 'Main' })
    await main.waitFor()
    expect(await shortTargets(main.getByRole('link'))).toEqual([])
    const account = page.getByRole('navigation', { name: 'Account' })
    expect(await shortTargets(account.getByRole('link').or(account.getByRole('button')))).toEqual([])
    await main.getByRole('link', { name: 'Directory' }).click()
    await page.waitForURL('**/directory')
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor()
    await main.waitFor({ state: 'hidden' })

    // Wide screens keep the links in the header, without the menu button.
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).waitFor()
    expect(await page.locator('header summary').isVisible()).toBe(false)
  })

  test('the directory shows its results first, with the filters folded behind one button', async () => {
    const page = await loggedInPage(member.email, demoPassword)
    await onPhone(page, '/directory')
    const results = page.getByRole('region', { name: /organisations?/ })
    const firstResult = results.getByRole('listitem').first()
    // Within the first screen, under the search form and the filters button.
    expect((await firstResult.boundingBox())!.y).toBeLessThan(844)
    expect(await page.getByRole('complementary', { name: 'Filters' }).isVisible()).toBe(false)

    const toggle = page.getByRole('button', { name: 'Show filters' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.click()
    const filters = page.getByRole('complementary', { name: 'Filters' })
    await filters.waitFor()
    expect(await page.getByRole('button', { name: 'Hide filters' }).getAttribute('aria-expanded')).toBe(
      'true',
    )
    expect(await shortTargets(filters.locator('summary'))).toEqual([])
    const region = filters.getByRole('link').first()
    expect(await shortTargets(region)).toEqual([])
    await region.click()
    await page.waitForURL(/region=/)
    // A filter chosen is counted on the button when the panel is folded again.
    await page.getByRole('button', { name: /Hide filters \(1\)/ }).click()
    await page.getByRole('button', { name: /Show filters \(1\)/ }).waitFor()
  })

  test('Japanese pages fold the same way', async () => {
    const account = await createTestAccount()
    // Logged in first: the helper knows the page by its English "Log out" button.
    const page = await loggedInPage(account.email, account.password)
    await prisma.user.update({ where: { id: account.id }, data: { locale: 'ja' } })
    await onPhone(page, '/directory')
    await page.getByText('メニュー', { exact: true }).waitFor()
    await page.getByRole('button', { name: '絞り込みを表示' }).waitFor()
  })
})
