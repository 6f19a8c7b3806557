import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { createTestOrganisation } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { useBrowser, visit } from './browser'

const { loggedInPage } = useBrowser()
const staff = demoAccounts.find((account) => account.role === 'staff')!
// One staff log-in for the file: each needs a fresh authenticator code, which can mean waiting for the next one.
let staffPage: Page | undefined
const asStaff = async () => (staffPage ??= await loggedInPage(staff.email, demoPassword))

describe('staff screens in the Centre’s words', () => {
  test('brokering: staff pick both organisations by typing their names, and a missing one is asked for', async () => {
    const unique = Date.now().toString(36)
    const eu = await createTestOrganisation({
      country: 'NL',
      name: `Delft Gallium Works ${unique}`,
      materials: ['gallium'],
    })
    const jp = await createTestOrganisation({
      country: 'JP',
      name: `Sendai Gallium Lab ${unique}`,
      materials: ['gallium'],
    })
    const page = await asStaff()
    await visit(page, '/staff/introductions/new')
    const first = page.getByRole('group', { name: 'First organisation' })
    await first.getByLabel('Search by name').fill(`Delft Gallium Works ${unique}`)
    await first.getByRole('button', { name: new RegExp(`Delft Gallium Works ${unique}`) }).click()
    await first.getByRole('button', { name: 'Change: First organisation' }).waitFor()
    await page.getByLabel('What could they cooperate on?').selectOption({ index: 1 })
    await page
      .getByLabel('Message to both')
      .fill('Both work on gallium recovery from LED and semiconductor scrap.')
    await page.getByRole('button', { name: 'Introduce them' }).click()
    await page
      .getByRole('group', { name: 'Second organisation' })
      .getByText('Choose the organisation: search by its name.')
      .waitFor()
    expect(
      await prisma.introductionRequest.count({ where: { fromOrganisationId: eu.organisation.id } }),
    ).toBe(0)

    const second = page.getByRole('group', { name: 'Second organisation' })
    await second.getByLabel('Search by name').fill('qqxzvkjwpt')
    await second.getByText('No listed organisation has that name.').waitFor()
    await second.getByLabel('Search by name').fill(`Sendai Gallium ${unique}`)
    await second.getByRole('button', { name: new RegExp(`Sendai Gallium Lab ${unique}`) }).click()
    await page.getByRole('button', { name: 'Introduce them' }).click()
    await page.waitForURL(/\/introductions\/[^/]+\?done=broker/)
    const introduction = await prisma.introductionRequest.findFirstOrThrow({
      where: { fromOrganisationId: eu.organisation.id, toOrganisationId: jp.organisation.id },
    })
    expect(introduction.brokeredById).not.toBeNull()
  })

  test('the taxonomy page explains its lists itself, without pointing at files', async () => {
    const page = await asStaff()
    await visit(page, '/staff/taxonomy')
    expect(await page.getByText('docs/taxonomy.md').count()).toBe(0)
    await page.getByText('How these lists work').click()
    await page.getByText('it can never change once created', { exact: false }).waitFor()
    await page.getByText('Critical Raw Materials Act, Annex I', { exact: false }).waitFor()
  })

  test('a renamed organisation’s old address sends readers to the new one', async () => {
    const unique = Date.now().toString(36)
    const { organisation, member } = await createTestOrganisation({ name: `Old Name Metals ${unique}` })
    const page = await loggedInPage(member.email, member.password)
    await visit(page, '/organisation/edit')
    await page.locator('#profile-name').fill(`New Name Metals ${unique}`)
    await page.getByRole('button', { name: /Save/ }).first().click()
    await page.waitForURL(/\/organisation(\?|$)/)
    const renamed = await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })
    expect(renamed.slug).toBe(`new-name-metals-${unique}`)
    const response = await page.goto(`/organisations/${organisation.slug}`)
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe(`/organisations/${renamed.slug}`)
    await page.getByRole('heading', { level: 1, name: new RegExp(`New Name Metals ${unique}`) }).waitFor()
  })
})
