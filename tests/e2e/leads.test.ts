import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { createTestOrganisation } from '../../prisma/seed/builders'
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

    const brokeredBefore = await prisma.auditEntry.count({ where: { action: 'lead.broker' } })
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
    expect(await prisma.auditEntry.count({ where: { action: 'lead.broker' } })).toBe(brokeredBefore + 1)
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

describe('three-way introductions from a lead', () => {
  test('a member asks the Centre (an empty message is refused), and staff see the request and handle it', async () => {
    // A lead of its own, so that other tests' changes to demo profiles cannot move it.
    const shared = { materials: ['cobalt', 'nickel'], technologies: ['li-ion-battery'], markets: ['asean'] }
    const eu = await createTestOrganisation({
      country: 'SE',
      roles: ['dismantling'],
      supplies: ['eol-ev-batteries'],
      ...shared,
    })
    const jp = await createTestOrganisation({
      country: 'JP',
      name: `Kansai Cell Recovery ${Date.now()}`,
      roles: ['recycling'],
      takes: ['eol-ev-batteries'],
      ...shared,
    })
    await createTestOrganisation({ country: 'ID', roles: ['collection'], ...shared, markets: [] })
    const page = await loggedInPage(eu.member.email, eu.member.password)
    await visit(page, '/leads?market=asean')
    const card = page.locator('main ul > li:has(h3)').filter({ hasText: jp.organisation.name }).first()
    await card.getByRole('link', { name: 'Ask the Centre for a three-way introduction' }).click()
    await page.getByRole('heading', { name: 'A three-way introduction in ASEAN' }).waitFor()
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    const requestUrl = page.url()

    const before = await prisma.leadIntroductionRequest.count()
    await page.getByRole('button', { name: 'Ask the Centre' }).click()
    await page.getByText('Say in a sentence or two what the three of you could do together.').waitFor()
    expect(await prisma.leadIntroductionRequest.count()).toBe(before)

    const message = `EV packs dismantled in Sweden for a recycling line in Indonesia (${Date.now()}).`
    await page.getByLabel('What could the three of you do together?').fill(message)
    await page.getByRole('button', { name: 'Ask the Centre' }).click()
    await page.getByText('Sent: Centre staff will contact you about the three-way introduction.').waitFor()
    await page
      .getByText(/You asked the Centre for a three-way introduction on/)
      .first()
      .waitFor()

    // Another company is not part of this lead: the page is refused.
    const other = await createTestOrganisation({ country: 'FR', markets: ['asean'] })
    const outsider = await loggedInPage(other.member.email, other.member.password)
    expect((await outsider.goto(requestUrl))?.status()).toBe(403)

    const staff = demoAccounts.find((account) => account.role === 'staff')!
    const staffPage = await loggedInPage(staff.email, demoPassword)
    await visit(staffPage, '/staff/introductions')
    const requests = staffPage.getByRole('region', { name: 'Three-way introductions asked for from leads' })
    const entry = requests.locator('li').filter({ hasText: message })
    await entry.waitFor()
    expect(await entry.textContent()).toContain(jp.organisation.name)
    await entry.getByRole('button', { name: 'Mark as handled' }).click()
    await staffPage.getByText('Saved: the request is handled.').waitFor()
    expect(await requests.locator('li').filter({ hasText: message }).count()).toBe(0)
  })
})
