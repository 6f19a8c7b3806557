import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { createTestAccount } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { useBrowser, visit } from './browser'

const { loggedInPage } = useBrowser()

const staffAccount = demoAccounts.find((account) => account.role === 'staff')!

async function tileValue(page: Page, label: string) {
  await visit(page, '/staff')
  const text = await page.locator('dl > div', { hasText: label }).locator('dd').textContent()
  return Number(text)
}

describe('moderation from submission to the directory, and a report that ends in suspension', () => {
  test('submit, reject with a reason, fix, resubmit, approve, list; report and suspend; all in the audit log', async () => {
    const member = await createTestAccount()
    const memberPage = await loggedInPage(member.email, member.password)
    const name = `Moderated Metals ${Date.now()}`
    await visit(memberPage, '/organisation/new')
    await memberPage.getByLabel('Name', { exact: true }).first().fill(name)
    await memberPage.getByLabel('Country').selectOption('JP')
    await memberPage
      .getByLabel('Description in English')
      .fill('We recover indium and gallium from display and LED production scrap in Kyushu.')
    await memberPage
      .getByRole('checkbox', { name: 'Recycling & recovery of secondary raw materials' })
      .check()
    await memberPage.getByRole('button', { name: 'Save draft' }).click()
    await memberPage.getByRole('button', { name: 'Submit for review' }).click()
    await memberPage.getByText('Waiting for review').waitFor()
    const organisation = await prisma.organisation.findFirstOrThrow({ where: { name } })

    // Staff see it in the queue and reject it with a reason.
    const staffPage = await loggedInPage(staffAccount.email, demoPassword)
    const waitingBefore = await tileValue(staffPage, 'Waiting for review')
    expect(waitingBefore).toBe(await prisma.organisation.count({ where: { status: 'submitted' } }))
    await visit(staffPage, '/staff/moderation')
    await staffPage.getByRole('link', { name }).click()
    await staffPage.getByRole('heading', { name }).waitFor()
    await staffPage.getByRole('button', { name: 'Reject' }).click()
    // The reason is required: nothing happens without one.
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).status).toBe(
      'submitted',
    )
    await staffPage
      .getByLabel('Reason for rejecting')
      .fill('Please describe which materials you supply and to whom.')
    await staffPage.getByRole('button', { name: 'Reject' }).click()
    await staffPage.getByText('Done: rejected.', { exact: false }).waitFor()

    // The member is told, sees the reason, fixes and resubmits.
    await visit(memberPage, '/organisation')
    expect(
      await memberPage.getByText('Please describe which materials you supply and to whom.').isVisible(),
    ).toBe(true)
    expect(await memberPage.getByRole('link', { name: /Notifications\s*1/ }).isVisible()).toBe(true)
    await memberPage.getByRole('link', { name: 'Edit profile' }).click()
    await memberPage.getByRole('checkbox', { name: /^Indium/ }).check()
    await memberPage.getByRole('checkbox', { name: /^Gallium/ }).check()
    await memberPage.getByRole('button', { name: 'Save changes' }).click()
    await memberPage.getByText('Your changes are saved.').waitFor()
    await memberPage.getByRole('button', { name: 'Submit for review' }).click()
    await memberPage.getByText('Waiting for review').waitFor()

    // Staff approve; the profile is in the directory.
    await visit(staffPage, `/staff/moderation/${organisation.id}`)
    await staffPage.getByRole('button', { name: 'Approve', exact: true }).click()
    await staffPage.getByText('Done: approved.', { exact: false }).waitFor()
    await visit(memberPage, `/directory?q=${encodeURIComponent(name)}`)
    await memberPage.getByRole('link', { name }).waitFor()

    // Another member reports it; staff resolve the report by suspending it.
    const other = await createTestAccount()
    const otherPage = await loggedInPage(other.email, other.password)
    await visit(otherPage, `/organisations/${organisation.slug}`)
    await otherPage.getByText('Report this profile to Centre staff').click()
    await otherPage.getByLabel('What is wrong?').selectOption('not_a_company')
    await otherPage.getByLabel('Details for staff').fill('This company does not exist at the address given.')
    await otherPage.getByRole('button', { name: 'Send report' }).click()
    await otherPage.getByText('Thank you: Centre staff will look at your report.').waitFor()
    // Filing the same report twice is refused.
    await visit(otherPage, `/organisations/${organisation.slug}`)
    await otherPage.getByText('Report this profile to Centre staff').click()
    await otherPage.getByLabel('What is wrong?').selectOption('not_a_company')
    await otherPage.getByLabel('Details for staff').fill('Again: this company does not exist.')
    await otherPage.getByRole('button', { name: 'Send report' }).click()
    await otherPage.getByText('You have already reported this organisation for this reason.').waitFor()
    expect(await prisma.report.count({ where: { organisationId: organisation.id } })).toBe(1)

    await visit(staffPage, '/staff/reports')
    const reportItem = staffPage.getByRole('listitem').filter({ hasText: name })
    await reportItem
      .getByLabel(/Resolution note/)
      .fill('Confirmed with the chamber of commerce: not a real company.')
    await reportItem.getByRole('button', { name: 'Suspend the organisation' }).click()
    await staffPage.getByText('Report resolved: the organisation is suspended.').waitFor()

    await visit(otherPage, `/directory?q=${encodeURIComponent(name)}`)
    await otherPage.getByText('No organisations match.').waitFor()
    expect((await otherPage.goto(`/organisations/${organisation.slug}`))?.status()).toBe(404)
    await visit(memberPage, '/organisation')
    expect(await memberPage.getByText('Suspended by Centre staff', { exact: false }).isVisible()).toBe(true)

    // The audit log shows each step, newest first.
    await visit(staffPage, `/staff/audit?target=${organisation.id}`)
    const actions = await staffPage.locator('tbody tr td:nth-child(3)').allTextContents()
    expect(actions).toEqual(['Profile approved', 'Profile rejected'])
    const report = await prisma.report.findFirstOrThrow({ where: { organisationId: organisation.id } })
    await visit(staffPage, `/staff/audit?target=${report.id}`)
    expect(await staffPage.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual([
      'Report resolved by suspension',
    ])

    // The dashboard's numbers moved.
    expect(await tileValue(staffPage, 'Waiting for review')).toBe(waitingBefore - 1)
    const approvedChart = staffPage.locator('figure', { hasText: 'Profiles approved per week' })
    expect(await approvedChart.locator('svg[role="img"]').count()).toBe(1)
    const csv = await staffPage.request.get('/staff/charts/approved-per-week.csv')
    const lastWeek = (await csv.text()).trim().split('\n').at(-1)!
    // The last bar is this week (from Monday, UTC) and counts every approval made in it.
    const now = new Date()
    const monday = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)),
    )
    expect(lastWeek.split(',')[0]).toBe(monday.toISOString().slice(5, 10))
    expect(Number(lastWeek.split(',')[1])).toBe(
      await prisma.auditEntry.count({ where: { action: 'profile.approve', at: { gte: monday } } }),
    )
  })

  test('the accounts page finds accounts by name, role and state a page at a time, and offers only what staff may do', async () => {
    const staffPage = await loggedInPage(staffAccount.email, demoPassword)
    const colleague = await createTestAccount({ role: 'staff' })
    await visit(staffPage, '/staff/users')
    const total = await prisma.user.count()
    await staffPage.getByRole('heading', { name: `${total} accounts` }).waitFor()
    expect(await staffPage.getByRole('listitem').count()).toBeLessThanOrEqual(25)
    if (total > 25) {
      await staffPage.getByRole('link', { name: /Next/ }).click()
      await staffPage.waitForURL(/page=2/)
    }

    await visit(staffPage, '/staff/users')
    await staffPage.getByLabel('Find by name or email').fill(colleague.displayName)
    await staffPage.getByLabel('Role').first().selectOption('staff')
    await staffPage.getByRole('button', { name: 'Search' }).click()
    await staffPage.waitForURL(/role=staff/)
    await staffPage.getByRole('heading', { name: '1 account' }).waitFor()
    // Staff may not disable another staff account: the page does not offer it.
    expect(await staffPage.getByText(/Disable…/).count()).toBe(0)

    await visit(staffPage, '/staff/users?state=disabled&q=no-such-account-anywhere')
    await staffPage.getByText('No account matches.', { exact: false }).waitFor()
  })

  test('a disabled account is logged out everywhere and told why when logging in', async () => {
    const member = await createTestAccount()
    const memberPage = await loggedInPage(member.email, member.password)
    const staffPage = await loggedInPage(staffAccount.email, demoPassword)
    await visit(staffPage, `/staff/users?q=${encodeURIComponent(member.email)}`)
    // Disabling asks for the reason in a step of its own.
    expect(await staffPage.getByLabel(`Reason for disabling ${member.displayName}`).isVisible()).toBe(false)
    await staffPage.getByText(`Disable…: ${member.displayName}`).click()
    await staffPage.getByLabel(`Reason for disabling ${member.displayName}`).fill('Repeated spam messages.')
    await staffPage.getByRole('button', { name: 'Disable account' }).click()
    await staffPage.getByText('Account disabled; all its sessions have ended.').waitFor()

    await visit(memberPage, '/organisation')
    expect(new URL(memberPage.url()).pathname).toBe('/login')
    await memberPage.getByLabel('Email').fill(member.email)
    await memberPage.getByLabel('Password').fill(member.password)
    await memberPage.getByRole('button', { name: 'Log in' }).click()
    await memberPage
      .getByText(/This account has been disabled by the EU-Japan Centre. Reason: Repeated spam messages./)
      .waitFor()
  })
})
