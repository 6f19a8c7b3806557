import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { createTestOrganisation } from '../../prisma/seed/builders'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { logIn, useBrowser, visit } from './browser'

const { newPage } = useBrowser()

const member = demoAccounts.find((account) => account.organisation === 'nordic-battery-loop')!

function cliSuggestions(slug: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/cli.ts', 'suggest', slug, '--limit', '20', '--json'],
    {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
      encoding: 'utf8',
    },
  )
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout) as {
    organisation: string
    suggestions: { slug: string; reasons: string[] }[]
  }
}

describe('partner suggestions', () => {
  test('a demo member sees suggestions with reasons, in the same order as the CLI, dismisses one with a reason and undoes it', async () => {
    const page = await newPage()
    await logIn(page, member.email, demoPassword)
    await page.getByRole('link', { name: 'Suggested partners' }).click()
    await page.getByRole('heading', { name: 'Suggested partners' }).waitFor()

    const partners = page.getByRole('region', { name: 'EU-Japan partners' }).locator(':scope > ul > li')
    const slugs = await partners
      .locator('h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace('/organisations/', '')))
    expect(slugs.length).toBeGreaterThan(3)
    const first = partners.first()
    expect(await first.locator('ul li').count()).toBeGreaterThan(0)
    // Nordic Battery Loop supplies black mass; its best partner takes it, and the reason says so.
    expect(await first.textContent()).toMatch(
      /You supply black mass .*about 2,000 t a year, from Sweden; they take it\./,
    )

    const cli = cliSuggestions('nordic-battery-loop')
    expect(cli.suggestions.map((suggestion) => suggestion.slug)).toEqual(slugs)

    const dismissed = slugs[0]!
    const name = (await first.locator('h3 a').textContent())!
    await first.locator('summary', { hasText: 'Not relevant' }).click()
    await first.getByLabel('A competitor').check()
    await first.getByRole('button', { name: 'Mark as not relevant' }).click()
    await page.waitForURL(/dismissed=/)
    // The address changes before the page has rendered its new data: wait for what the new page says.
    await page.getByText('Marked as not relevant: it will not be suggested again.').waitFor()
    const remaining = () =>
      page
        .getByRole('region', { name: 'EU-Japan partners' })
        .locator(':scope > ul > li h3 a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(await remaining()).not.toContain(`/organisations/${dismissed}`)
    expect(
      cliSuggestions('nordic-battery-loop').suggestions.map((suggestion) => suggestion.slug),
    ).not.toContain(dismissed)
    // What was dismissed is listed, with the reason given.
    await page.getByText(/Marked as not relevant \(1\)/).click()
    const listed = page.getByRole('listitem').filter({ hasText: name })
    await listed.getByText('A competitor').waitFor()

    // Undo brings it back.
    await page.getByRole('button', { name: 'Undo' }).click()
    await page.waitForURL(/restored=1/)
    await page.getByText('It may be suggested again.').waitFor()
    expect(await remaining()).toContain(`/organisations/${dismissed}`)
  })

  test('a member adds a stream they supply and sees a partner that takes it, with the reason', async () => {
    const { member: owner } = await createTestOrganisation({
      country: 'DE',
      name: `Rhein Battery Recycling ${Date.now()}`,
      roles: ['recycling'],
      materials: ['cobalt', 'nickel', 'lithium'],
      technologies: ['li-ion-battery'],
    })
    const taker = await createTestOrganisation({
      country: 'JP',
      name: `Setouchi Black Mass Refinery ${Date.now()}`,
      roles: ['refining'],
      materials: ['cobalt', 'nickel'],
      technologies: ['li-ion-battery'],
      takes: ['black-mass'],
    })
    const page = await newPage()
    await logIn(page, owner.email, owner.password)
    await visit(page, '/organisation/edit')
    await page.getByRole('button', { name: 'Add a stream' }).click()
    const row = page.getByRole('group', { name: 'Stream 1' })
    await row.getByLabel('You').selectOption('supplies')
    await row.getByLabel('Stream', { exact: true }).selectOption('black-mass')
    await row.getByLabel('Tonnes a year (optional)').fill('1800')
    await row.getByLabel('Available in (optional)').fill('DE, NL')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.waitForURL(/\/organisation\?/)

    await visit(page, '/suggestions')
    const card = page
      .getByRole('region', { name: 'EU-Japan partners' })
      .locator(':scope > ul > li')
      .filter({ hasText: taker.organisation.name })
    await card.waitFor()
    expect(await card.textContent()).toMatch(
      /You supply black mass .*about 1,800 t a year, from Germany and (the )?Netherlands; they take it\./,
    )
  })

  test('a profile page says why the organisation fits the viewer’s', async () => {
    const page = await newPage()
    await logIn(page, member.email, demoPassword)
    await visit(page, '/organisations/tokyo-rare-metals')
    const fit = page.getByRole('region', { name: 'Why this organisation fits Nordic Battery Loop AB' })
    await fit.waitFor()
    expect(await fit.textContent()).toContain('You supply black mass')
  })
})
