import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, inject, test } from 'vitest'
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
  test('a demo member sees suggestions with reasons, in the same order as the CLI, and dismisses one', async () => {
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
    expect(await first.textContent()).toMatch(/your output is their input|which you seek|which you offer/)

    const cli = cliSuggestions('nordic-battery-loop')
    expect(cli.suggestions.map((suggestion) => suggestion.slug)).toEqual(slugs)

    const dismissed = slugs[0]!
    const name = await first.locator('h3 a').textContent()
    const escaped = name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await first
      .getByRole('button', { name: new RegExp(`^Not relevant\\s*:\\s*stop suggesting ${escaped}$`) })
      .click()
    await page.waitForURL(/dismissed=1/)
    await page.reload()
    const after = await page
      .getByRole('region', { name: 'EU-Japan partners' })
      .locator(':scope > ul > li h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(after).not.toContain(`/organisations/${dismissed}`)
    expect(
      cliSuggestions('nordic-battery-loop').suggestions.map((suggestion) => suggestion.slug),
    ).not.toContain(dismissed)
  })

  test('a profile page says why the organisation fits the viewer’s', async () => {
    const page = await newPage()
    await logIn(page, member.email, demoPassword)
    await visit(page, '/organisations/osaka-cell-works')
    const fit = page.getByRole('region', { name: 'Why this organisation fits Nordic Battery Loop AB' })
    await fit.waitFor()
    expect(await fit.textContent()).toContain('They offer end-of-life feedstock')
  })
})
