import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { prisma } from '~/utils/db.server'
import { useBrowser, visit } from './browser'

const { loggedInPage } = useBrowser()

function cliLeads(market: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/cli.ts', 'leads', '--market', market, '--limit', '50', '--json'],
    {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
      encoding: 'utf8',
    },
  )
  expect(result.status).toBe(0)
  return (JSON.parse(result.stdout) as { leads: { eu: string; jp: string; local: string | null }[] }).leads
}

describe('third-country leads', () => {
  test('staff filter leads by market, see them in the CLI’s order, and mark one as being brokered', async () => {
    const staff = demoAccounts.find((account) => account.role === 'staff')!
    const page = await loggedInPage(staff.email, demoPassword)
    await visit(page, '/leads')
    await page.getByLabel('market').selectOption('asean')
    await page.getByRole('button', { name: 'Show leads' }).click()
    await page.waitForURL(/market=asean/)
    const cards = page.locator('main ul > li:has(h3)')
    await cards.first().waitFor()
    const pairs = await cards
      .locator('h3')
      .evaluateAll((headings) =>
        headings.map((heading) =>
          [...heading.querySelectorAll('a')]
            .slice(0, 2)
            .map((link) => link.getAttribute('href')!.replace('/organisations/', '')),
        ),
      )
    expect(cliLeads('asean').map((lead) => [lead.eu, lead.jp])).toEqual(pairs)
    expect(await cards.first().textContent()).toContain('Both target ASEAN.')

    await cards.first().getByText('Mark as being brokered').click()
    await cards
      .first()
      .getByLabel('Note for colleagues')
      .fill('Introduced both at the Tokyo circular economy forum.')
    await cards.first().getByRole('button', { name: 'Save' }).click()
    await page.getByText('Saved: the lead is marked as being brokered.').waitFor()
    expect(
      await page.getByText('Being brokered by the Centre', { exact: false }).first().textContent(),
    ).toContain('Tokyo circular economy forum')
    expect(await prisma.auditEntry.count({ where: { action: 'lead.broker' } })).toBeGreaterThan(0)
  })

  test('a company sees only the leads it is part of, and cannot mark leads', async () => {
    const member = demoAccounts.find((account) => account.organisation === 'magnetkreis')!
    const page = await loggedInPage(member.email, demoPassword)
    await visit(page, '/leads')
    const headings = await page.locator('main ul > li h3').allTextContents()
    expect(headings.length).toBeGreaterThan(0)
    for (const heading of headings) expect(heading).toContain('Magnetkreis GmbH')
    expect(await page.getByText('Mark as being brokered').count()).toBe(0)
    const response = await page.request.post('/leads', {
      form: { market: 'asean', euId: 'x', jpId: 'y', note: 'nope' },
      headers: { Origin: new URL(page.url()).origin },
    })
    expect(response.status()).toBe(403)
  })
})
