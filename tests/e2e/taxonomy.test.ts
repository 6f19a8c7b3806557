import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { createTestAccount } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { logIn, useBrowser, visit } from './browser'

const { newPage } = useBrowser()

describe('staff curate the taxonomy', () => {
  test('add a term (bad code refused), retire it after confirming, and it is no longer offered', async () => {
    const staff = demoAccounts.find((account) => account.role === 'staff')!
    const page = await newPage()
    await logIn(page, staff.email, demoPassword)
    await visit(page, '/staff/taxonomy')

    await page.getByLabel('List', { exact: true }).selectOption('market')
    await page.getByLabel('Code', { exact: true }).fill('South Pacific!')
    await page.getByLabel('English label').fill('South Pacific')
    await page.getByLabel('Japanese label').fill('南太平洋')
    await page.getByRole('button', { name: 'Add term' }).click()
    await page.getByText(/Use lower-case letters, digits and single hyphens/).waitFor()
    expect(await prisma.taxonomyTerm.count({ where: { labelEn: 'South Pacific' } })).toBe(0)

    const code = `south-pacific-${Date.now()}`
    await page.getByLabel('Code', { exact: true }).fill(code)
    await page.getByRole('button', { name: 'Add term' }).click()
    await page.getByText(`Added "${code}".`).waitFor()

    await page.getByText('Rename South Pacific').click()
    const row = page.getByRole('row').filter({ hasText: code })
    // A refused rename is told in the term's row, its form still open; nothing changes.
    await row.getByLabel('English').fill('S')
    await row.getByRole('button', { name: 'Save labels' }).click()
    await row.getByRole('alert').filter({ hasText: 'Enter the English label.' }).waitFor()
    await expect(row.getByLabel('English').isVisible()).resolves.toBe(true)
    expect((await prisma.taxonomyTerm.findFirstOrThrow({ where: { code } })).labelEn).toBe('South Pacific')
    await row.getByLabel('English').fill('South Pacific islands')
    await row.getByRole('button', { name: 'Save labels' }).click()
    await page.getByText(`Renamed "${code}".`).waitFor()
    expect(await prisma.taxonomyTerm.findFirstOrThrow({ where: { code } })).toMatchObject({
      code,
      labelEn: 'South Pacific islands',
    })

    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Retire South Pacific islands' }).click()
    await page.getByText(`Retired "${code}"`, { exact: false }).waitFor()
    expect((await prisma.taxonomyTerm.findFirstOrThrow({ where: { code } })).retiredAt).not.toBeNull()

    await visit(page, '/organisation/new')
    expect(await page.getByRole('checkbox', { name: 'South Pacific islands' }).count()).toBe(0)
  })

  test('members are refused the taxonomy page and its actions', async () => {
    const member = await createTestAccount()
    const page = await newPage()
    await logIn(page, member.email, member.password)
    expect((await page.goto('/staff/taxonomy'))?.status()).toBe(403)
    const response = await page.request.post('/staff/taxonomy', {
      form: { intent: 'retire', kind: 'role', code: 'recycling' },
      headers: { Origin: new URL(page.url()).origin },
    })
    expect(response.status()).toBe(403)
    expect(
      (await prisma.taxonomyTerm.findFirstOrThrow({ where: { kind: 'role', code: 'recycling' } })).retiredAt,
    ).toBeNull()
  })
})
