import { describe, expect, test } from 'vitest'
import { createTestAccount, createTestOrganisation } from '../../prisma/seed/builders'
import { sendAlerts } from '~/modules/alerts/alerts.server'
import { prisma } from '~/utils/db.server'
import { baseUrl, useBrowser, visit } from './browser'
import { desktopAndPhoneProblems } from './page-checks'

const { loggedInPage } = useBrowser()

describe('saved searches and alerts', () => {
  test('a member saves a directory search, is told when a newly listed organisation matches, then turns alerts off and deletes it', async () => {
    const member = await createTestOrganisation({ country: 'DE' })
    const page = await loggedInPage(member.member.email, member.member.password)
    const word = `Hafnium${Date.now()}`
    await visit(page, `/directory?q=${word}&region=jp`)
    await page.locator('summary').filter({ hasText: 'Save this search' }).click()
    const name = page.getByLabel('Name of the search')
    expect(await name.inputValue()).toBe(`“${word}” · Japan`)

    // Bad input: a message at the field, nothing saved.
    await name.fill('')
    await page.getByRole('button', { name: 'Save this search' }).click()
    await page.getByText('Give the search a name.').waitFor()
    expect(await prisma.savedSearch.count({ where: { userId: member.member.id } })).toBe(0)

    await name.fill('Hafnium in Japan')
    await page.getByRole('button', { name: 'Save this search' }).click()
    await page.getByRole('status').getByText('Search saved.', { exact: false }).waitFor()
    expect(page.url()).toContain(`/directory?q=${word}&region=jp`)

    // Saving it again from another tab is refused, with the reason.
    await visit(page, `/directory?region=jp&q=${word}`)
    await page.locator('summary').filter({ hasText: 'Save this search' }).click()
    await page.getByRole('button', { name: 'Save this search' }).click()
    await page.getByText('You already saved this search.').waitFor()

    const match = await createTestOrganisation({ country: 'JP', name: `${word} Materials K.K.` })
    await sendAlerts()
    await visit(page, '/notifications')
    await page
      .getByText(`Newly listed: ${match.organisation.name} matches your saved search "Hafnium in Japan".`)
      .waitFor()

    await visit(page, '/saved-searches')
    const item = page.getByRole('listitem').filter({ hasText: 'Hafnium in Japan' })
    await item.getByText('1 newly listed organisation announced').waitFor()
    expect(await desktopAndPhoneProblems(page, '/saved-searches', 'en')).toEqual([])
    await item.getByRole('button', { name: 'Turn alerts off' }).click()
    await page.getByText('Alerts changed.').waitFor()
    await item.getByText('Alerts off').waitFor()
    expect(await prisma.savedSearch.findFirstOrThrow({ where: { userId: member.member.id } })).toMatchObject({
      alerts: false,
    })

    page.once('dialog', (dialog) => void dialog.dismiss())
    await item.getByRole('button', { name: 'Delete' }).click()
    expect(await prisma.savedSearch.count({ where: { userId: member.member.id } })).toBe(1)
    page.once('dialog', (dialog) => void dialog.accept())
    await item.getByRole('button', { name: 'Delete' }).click()
    await page.getByText('Saved search deleted.').waitFor()
    await page.getByText('No saved searches yet.', { exact: false }).waitFor()
    expect(await prisma.savedSearch.count({ where: { userId: member.member.id } })).toBe(0)
  })

  test('in Japanese at a phone’s width, and the email choice for alerts is offered', async () => {
    const person = await createTestAccount()
    const page = await loggedInPage(person.email, person.password)
    await page.context().addCookies([{ name: 'lang', value: 'ja', url: baseUrl() }])
    await page.setViewportSize({ width: 390, height: 800 })
    await visit(page, '/directory?material=cobalt')
    await page.locator('summary').filter({ hasText: 'この検索を保存' }).click()
    await page.getByRole('button', { name: 'この検索を保存' }).click()
    await page.getByText('検索を保存しました。', { exact: false }).waitFor()
    await visit(page, '/saved-searches')
    await page.getByRole('heading', { name: '保存した検索' }).waitFor()
    expect(await desktopAndPhoneProblems(page, '/saved-searches', 'ja')).toEqual([])
    await visit(page, '/account/preferences')
    await page.getByLabel('保存した検索と新しい有力なパートナー候補').waitFor()
  })

  test('another person’s saved search cannot be changed, and a hostile form is a 400', async () => {
    const owner = await createTestAccount()
    const other = await createTestAccount()
    const search = await prisma.savedSearch.create({
      data: { userId: owner.id, name: 'Owner only', query: 'material=gallium' },
    })
    const page = await loggedInPage(other.email, other.password)
    const post = (body: string) =>
      page.request.post(`${baseUrl()}/saved-searches`, {
        headers: { Origin: baseUrl(), 'Content-Type': 'application/x-www-form-urlencoded' },
        data: body,
        maxRedirects: 0,
      })
    expect((await post(`intent=delete&searchId=${search.id}`)).status()).toBe(404)
    expect((await post(`intent=alerts&searchId=${search.id}&alerts=off`)).status()).toBe(404)
    expect((await post('intent=drop')).status()).toBe(400)
    expect((await post(`intent=save&name=${'x'.repeat(81)}&query=material%3Dcobalt`)).status()).toBe(400)
    expect((await post('intent=save&name=N%00&query=material%3Dcobalt')).status()).toBe(400)
    expect(await prisma.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toMatchObject({
      alerts: true,
    })
    expect(await prisma.savedSearch.count({ where: { userId: other.id } })).toBe(0)
  })
})
