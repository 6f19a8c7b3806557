import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { anOrganisationRow, createTestAccount } from '../../prisma/seed/builders'
import { listedOrganisation } from '~/modules/profiles/listed.server'
import { prisma } from '~/utils/db.server'
import { baseUrl, logIn, useBrowser, visit } from './browser'
import { desktopAndPhoneProblems } from './page-checks'

const { newPage, loggedInPage } = useBrowser()

const goodDescription =
  'We refine nickel and cobalt from recycled battery black mass into battery-grade sulphates for European cathode makers.'

async function fillRequiredFields(page: Page, name: string) {
  await page.getByLabel('Name', { exact: true }).first().fill(name)
  await page.getByLabel('Country').selectOption('FI')
  await page.getByLabel('Description in English').fill(goodDescription)
  await page.getByRole('checkbox', { name: 'Primary processing & refining' }).check()
}

describe('organisation profiles', () => {
  test('create with bad then good input, submit, then edit with bad then good input', async () => {
    const user = await createTestAccount()
    const page = await loggedInPage(user.email, user.password)
    await page.getByRole('link', { name: 'My organisation' }).click()
    await page.getByRole('heading', { name: 'Create your organisation’s profile' }).waitFor()

    // Bad input: messages per field, nothing saved.
    await page.getByLabel('Description in English').fill('Too short.')
    await page.getByLabel('Website (optional)').fill('not a website')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.getByText('Write at least 50 characters.').waitFor()
    expect(await page.getByText('Choose at least one value-chain role.').isVisible()).toBe(true)
    expect(await page.getByText('Enter a web address such as www.example.com.').isVisible()).toBe(true)
    expect(await prisma.organisationMember.count({ where: { userId: user.id } })).toBe(0)

    // Good input: a draft is saved.
    const name = `Lapland Nickel Refining ${Date.now()}`
    await fillRequiredFields(page, name)
    await page.getByLabel('Website (optional)').fill('https://lapland-nickel.example')
    await page.getByRole('checkbox', { name: /^Nickel/ }).check()
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.getByText('Your draft is saved.').waitFor()
    expect(await page.getByRole('heading', { name }).isVisible()).toBe(true)
    expect(await page.getByText('Draft', { exact: true }).isVisible()).toBe(true)
    expect(await page.getByText(/Profile \d+% complete/).isVisible()).toBe(true)

    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.getByText('Waiting for review').waitFor()

    // Edit: bad input is refused and changes nothing; good input is saved.
    await page.getByRole('link', { name: 'Edit profile' }).click()
    await page.getByLabel('Year founded (optional)').fill('3024')
    await page.getByLabel('City (optional)').fill('Kemi')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText(/Enter a year up to/).waitFor()
    const stored = await prisma.organisation.findFirstOrThrow({ where: { name } })
    expect(stored).toMatchObject({ city: null, yearFounded: null, version: 1, status: 'submitted' })

    await page.getByLabel('Year founded (optional)').fill('2011')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Your changes are saved.').waitFor()
    expect(await prisma.organisation.findFirstOrThrow({ where: { name } })).toMatchObject({
      city: 'Kemi',
      yearFounded: 2011,
      version: 2,
    })
  })

  test('a second editor saving an older version is told what changed meanwhile, and nothing is lost', async () => {
    const user = await createTestAccount()
    const first = await loggedInPage(user.email, user.password)
    await visit(first, '/organisation/new')
    const name = `Conflict Test Refining ${Date.now()}`
    await fillRequiredFields(first, name)
    await first.getByRole('button', { name: 'Save draft' }).click()
    await first.getByText('Your draft is saved.').waitFor()

    const second = await loggedInPage(user.email, user.password)
    await visit(first, '/organisation/edit')
    await visit(second, '/organisation/edit')

    await first.getByLabel('City (optional)').fill('Oulu')
    await first.getByRole('button', { name: 'Save changes' }).click()
    await first.getByText('Your changes are saved.').waitFor()

    await second.getByLabel('Website (optional)').fill('https://conflict.example')
    await second.getByRole('button', { name: 'Save changes' }).click()
    const alert = second.getByRole('alert')
    await alert.getByText(/changed meanwhile/).waitFor()
    expect(await alert.textContent()).toContain('City: Oulu')
    expect(await second.getByLabel('Website (optional)').inputValue()).toBe('https://conflict.example')
    expect(await prisma.organisation.findFirstOrThrow({ where: { name } })).toMatchObject({
      city: 'Oulu',
      website: null,
      version: 2,
    })

    // Saving again, knowingly, applies the second editor's version.
    await second.getByRole('button', { name: 'Save changes' }).click()
    await second.getByText('Your changes are saved.').waitFor()
    expect(await prisma.organisation.findFirstOrThrow({ where: { name } })).toMatchObject({
      website: 'https://conflict.example',
      version: 3,
    })
  })

  test('text is shown as text, never as HTML', async () => {
    const user = await createTestAccount()
    const page = await loggedInPage(user.email, user.password)
    await visit(page, '/organisation/new')
    const name = `<img src=x onerror="window.injected=1"> Safe ${Date.now()}`
    await fillRequiredFields(page, name)
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.getByText('Your draft is saved.').waitFor()
    expect(await page.getByRole('heading', { name }).isVisible()).toBe(true)
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined()
  })
})

describe('directory', () => {
  const member = demoAccounts.find((account) => account.role === 'member')!

  test('search in English and Japanese, combine filters, share the address, and see an empty state', async () => {
    const page = await loggedInPage(member.email, demoPassword)
    await page.getByRole('link', { name: 'Directory' }).click()
    await page.getByRole('heading', { name: 'Directory' }).waitFor()

    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await page.getByLabel(/Search names and descriptions/).fill('ブラックマス')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/q=/)
    await page.getByRole('link', { name: 'Tokyo Rare Metals K.K.' }).waitFor()

    await page.goto('/directory')
    const filters = page.getByRole('complementary', { name: 'Filters' })
    await filters.getByRole('link', { name: /^Cobalt/ }).click()
    await page.waitForURL(/material=cobalt/)
    await filters.getByRole('link', { name: /^Japan/ }).click()
    await filters.locator('a[aria-current="true"]', { hasText: 'Japan' }).waitFor()
    // The count, and the page when there are more than fit on one (other tests add Japanese cobalt firms).
    const resultsHeading = /organisations?( · page \d+ of \d+)?$/
    const summary = await page.getByRole('heading', { name: resultsHeading }).textContent()
    const shown = await page.locator('main li h3').allTextContents()
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.some((title) => title.includes('Nordic Battery Loop'))).toBe(false)

    // The address alone reproduces the search.
    const shared = await newPage()
    await logIn(shared, member.email, demoPassword)
    await shared.goto(new URL(page.url()).pathname + new URL(page.url()).search)
    expect(await shared.getByRole('heading', { name: resultsHeading }).textContent()).toBe(summary)
    // Words and filters together find the demo's Japanese cobalt refiner, whatever page it falls on.
    await visit(shared, `${new URL(page.url()).pathname}${new URL(page.url()).search}&q=Tokyo`)
    await shared.getByRole('link', { name: 'Tokyo Rare Metals K.K.' }).waitFor()

    // Accents set aside and a typo in a name forgiven, and the page says so.
    await page.goto('/directory?q=vasteras+batery')
    await page.getByRole('link', { name: 'Nordic Battery Loop AB' }).waitFor()
    await page
      .getByText('Nothing has “batery” as written; showing organisations whose names are close to it.')
      .waitFor()

    await page.goto('/directory?q=no-such-company-anywhere')
    await page.getByText('No organisations match.').waitFor()
    expect(await page.getByRole('link', { name: 'clear them all' }).isVisible()).toBe(true)
  })

  test('drafts are not listed and their pages are not found by other companies', async () => {
    const page = await loggedInPage(member.email, demoPassword)
    const response = await page.goto('/organisations/dnipro-titanium-sponge')
    expect(response?.status()).toBe(404)
    await page.goto('/directory?q=Dnipro')
    await page.getByText('No organisations match.').waitFor()
  })

  test('contact details are hidden from other companies', async () => {
    const page = await loggedInPage(member.email, demoPassword)
    await page.goto('/organisations/tokyo-rare-metals')
    expect(await page.getByText('Shared once an introduction is accepted.').isVisible()).toBe(true)
    expect(await page.getByText('partnerships@tokyo-rare-metals.example').count()).toBe(0)
  })
})

describe('staff import', () => {
  const staff = demoAccounts.find((account) => account.role === 'staff')!

  test('a valid file is previewed, then imported on confirmation; a file with one bad row imports nothing and says where', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'e2e-import-'))
    const good = anOrganisationRow({ name: `Imported Good ${Date.now()}` })
    const validFile = path.join(dir, 'valid.json')
    await writeFile(validFile, JSON.stringify({ organisations: [good] }))
    const other = anOrganisationRow()
    const invalidFile = path.join(dir, 'invalid.json')
    await writeFile(
      invalidFile,
      JSON.stringify({
        organisations: [
          other,
          anOrganisationRow({ name: 'Warp Metals', technologies: ['warp-drive'] }),
          anOrganisationRow({ name: 'Stateless Recycling', country: undefined }),
        ],
      }),
    )

    const page = await loggedInPage(staff.email, demoPassword)
    await page.goto('/staff/import')
    await page.getByLabel(/File to check/).setInputFiles(validFile)
    await page.getByRole('button', { name: 'Check the file' }).click()
    await page.getByRole('heading', { name: 'Check before importing' }).waitFor()
    await page.getByText('valid.json: 1 to create, 0 to update, 0 unchanged.').waitFor()
    expect(await prisma.organisation.count({ where: { slug: good.slug } })).toBe(0)
    await page.getByRole('button', { name: 'Import 1 organisation' }).click()
    await page.getByText('Imported 1 organisations: 1 new, 0 updated.').waitFor()
    expect(await prisma.organisation.count({ where: { slug: good.slug } })).toBe(1)

    await page.goto('/staff/import')
    await page.getByLabel(/File to check/).setInputFiles(invalidFile)
    await page.getByRole('button', { name: 'Check the file' }).click()
    const alert = page.getByRole('alert')
    await alert.getByText('Nothing was imported.', { exact: false }).waitFor()
    // Rows are counted from 1 and named; fields are in words, as on the profile form.
    expect(await alert.textContent()).toContain(
      'Row 2 (Warp Metals), Technologies: Unknown code "warp-drive".',
    )
    expect(await alert.textContent()).toContain('Row 3 (Stateless Recycling): Country is missing.')
    expect(await page.getByText('npm run').count()).toBe(0)
    expect(await page.getByText('README').count()).toBe(0)
    expect(await prisma.organisation.count({ where: { slug: other.slug } })).toBe(0)
  })

  test('staff download the Excel template, fill it in and import it; a CSV in Japanese shows what changes, and can be discarded', async () => {
    const officer = await createTestAccount({ role: 'staff' })
    const page = await loggedInPage(officer.email, officer.password)
    await page.goto('/staff/import')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the Excel template' }).click(),
    ])
    const dir = await mkdtemp(path.join(os.tmpdir(), 'e2e-template-'))
    const templateFile = path.join(dir, download.suggestedFilename())
    await download.saveAs(templateFile)
    expect(download.suggestedFilename()).toBe('organisations-template.xlsx')

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(templateFile)
    const sheet = workbook.getWorksheet('Organisations')!
    const headings = (sheet.getRow(1).values as string[]).slice(1)
    const name = `Excel Import ${Date.now()}`
    const cell = (heading: string) => sheet.getRow(2).getCell(headings.indexOf(heading) + 1)
    cell('name').value = name
    cell('country').value = 'NL'
    cell('status').value = 'approved'
    await workbook.xlsx.writeFile(templateFile)

    await page.getByLabel(/File to check/).setInputFiles(templateFile)
    await page.getByRole('button', { name: 'Check the file' }).click()
    await page.getByText('organisations-template.xlsx: 1 to create, 0 to update, 0 unchanged.').waitFor()
    const table = page.getByRole('table')
    expect(await table.getByRole('row').nth(1).textContent()).toContain(name)
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Listed')
    await page.getByRole('button', { name: 'Import 1 organisation' }).click()
    await page.getByText('Imported 1 organisations: 1 new, 0 updated.').waitFor()
    const imported = await prisma.organisation.findFirstOrThrow({ where: { name } })
    expect(imported).toMatchObject({ country: 'NL', status: 'approved' })

    // The same organisation again, from a CSV with another city, checked in Japanese.
    await page.context().addCookies([{ name: 'lang', value: 'ja', url: baseUrl() }])
    const csvFile = path.join(dir, 'update.csv')
    await writeFile(
      csvFile,
      `\uFEFFslug,name,country,city,description,roles,materials,technologies,offers,seeks,markets,status\n` +
        `${imported.slug},${name},NL,Rotterdam,"${imported.description}",${imported.roles.join(';')},${imported.materials.join(';')},` +
        `${imported.technologies.join(';')},${imported.offers.join(';')},${imported.seeks.join(';')},,approved\n`,
    )
    await page.goto('/staff/import')
    await page.getByLabel(/確認するファイル/).setInputFiles(csvFile)
    await page.getByRole('button', { name: 'ファイルを確認' }).click()
    await page.getByText('update.csv：新規 0 件、更新 1 件、変更なし 0 件。').waitFor()
    // The CSV leaves out the template's other columns, so the preview lists those as changed too.
    expect(await page.getByRole('table').textContent()).toMatch(/変更：[^更]*都市/)
    const previewPath = new URL(page.url()).pathname
    expect(await desktopAndPhoneProblems(page, previewPath, 'ja')).toEqual([])
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'このファイルを破棄' }).click()
    await page.getByText('ファイルを破棄しました。何もインポートされていません。').waitFor()
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: imported.id } })).toMatchObject({
      city: imported.city,
    })
    expect((await page.goto(previewPath))?.status()).toBe(404)
  })

  test('members cannot import or export', async () => {
    const member = await createTestAccount()
    const page = await loggedInPage(member.email, member.password)
    expect((await page.goto('/staff/import'))?.status()).toBe(403)
    expect((await page.goto('/directory/export.csv'))?.status()).toBe(403)
    expect((await page.goto('/staff/import/template.xlsx'))?.status()).toBe(403)
  })
})

describe('colleagues and data downloads', () => {
  test('the owner invites a colleague, who joins and can edit; the owner downloads the data as JSON', async () => {
    const owner = await createTestAccount()
    const colleague = await createTestAccount()
    const ownerPage = await loggedInPage(owner.email, owner.password)
    await visit(ownerPage, '/organisation/new')
    const name = `Invite Test Metals ${Date.now()}`
    await fillRequiredFields(ownerPage, name)
    await ownerPage.getByRole('button', { name: 'Save draft' }).click()
    await ownerPage.getByText('Your draft is saved.').waitFor()

    await ownerPage.getByLabel('Invite a colleague by email address').fill(colleague.email)
    await ownerPage.getByRole('button', { name: 'Invite', exact: true }).click()
    await ownerPage.getByText('Invitation saved.', { exact: false }).waitFor()
    expect(await ownerPage.getByText('(invited, not yet accepted)').isVisible()).toBe(true)

    const colleaguePage = await loggedInPage(colleague.email, colleague.password)
    await colleaguePage.getByRole('link', { name: 'My organisation' }).click()
    await colleaguePage.getByRole('button', { name: `Join ${name}` }).click()
    await colleaguePage.getByText('Welcome: you can now edit this profile').waitFor()
    expect(await colleaguePage.getByRole('link', { name: 'Edit profile' }).isVisible()).toBe(true)
    expect(await colleaguePage.getByRole('button', { name: 'Withdraw' }).count()).toBe(0)

    const download = await ownerPage.request.get('/organisation/export.json')
    expect(download.status()).toBe(200)
    expect(download.headers()['content-disposition']).toContain('attachment')
    const body = (await download.json()) as { organisations: { name: string; roles: string[] }[] }
    expect(body.organisations).toHaveLength(1)
    expect(body.organisations[0]).toMatchObject({ name, roles: ['refining'], country: 'FI' })
  })

  test('staff export the filtered directory as CSV', async () => {
    const staff = demoAccounts.find((account) => account.role === 'staff')!
    const page = await loggedInPage(staff.email, demoPassword)
    await visit(page, '/directory?region=jp&material=neodymium')
    const href = await page.getByRole('link', { name: 'Export these results (CSV)' }).getAttribute('href')
    expect(href).toBe('/directory/export.csv?region=jp&material=neodymium')
    const response = await page.request.get(href!)
    expect(response.headers()['content-type']).toContain('text/csv')
    const records: Record<string, string>[] = parse(await response.text(), { bom: true, columns: true })
    const expected = await prisma.organisation.count({
      where: { ...listedOrganisation, country: 'JP', materials: { has: 'neodymium' } },
    })
    expect(expected).toBeGreaterThan(0)
    expect(records).toHaveLength(expected)
    for (const record of records) {
      expect(record).toMatchObject({ country: 'JP', region: 'jp', status: 'approved' })
      expect(record.materials!.split(';')).toContain('neodymium')
      expect(record.description!.length).toBeGreaterThanOrEqual(50)
    }
  })
})
