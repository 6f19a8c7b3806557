import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  createTestAccount,
  createTestIntroduction,
  createTestOrganisation,
  createTestSession,
} from '../../prisma/seed/builders'
import { addDocument, setLogo } from '~/modules/files/files.server'
import { acceptIntroduction } from '~/modules/introductions/introductions.server'
import { prisma } from '~/utils/db.server'
import { htmlPretendingToBePng, sampleJpeg, samplePdf, samplePng, sampleSvg } from '../support/sample-files'
import { baseUrl, useBrowser, visit } from './browser'
import { desktopAndPhoneProblems } from './page-checks'

const { loggedInPage } = useBrowser()

async function fileOnDisk(name: string, bytes: Buffer) {
  const path = join(await mkdtemp(join(tmpdir(), 'upload-')), name)
  await writeFile(path, bytes)
  return path
}

const filesOf = (organisationId: string) =>
  prisma.storedFile.findMany({ where: { organisationId }, orderBy: { createdAt: 'asc' } })

/** A multipart post as a browser sends it, with the session cookie. */
function upload(
  path: string,
  cookie: string,
  fields: Record<string, string>,
  file: { name: string; bytes: Buffer; type: string },
) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  form.set('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: baseUrl(), Cookie: cookie },
    body: form,
  })
}

describe('logos and documents', () => {
  test('a member uploads a logo, sees it on the profile and in the directory, is refused a fake PNG, adds and deletes a document', async () => {
    const word = `Logotest${Date.now()}`
    const { organisation, member } = await createTestOrganisation({
      country: 'DE',
      name: `${word} Recycling GmbH`,
    })
    const page = await loggedInPage(member.email, member.password)
    await visit(page, '/organisation')
    await page.getByRole('link', { name: 'Logo and documents' }).click()
    await page.getByRole('heading', { name: 'Logo and documents', level: 1 }).waitFor()
    await page.getByText('No logo yet.').waitFor()

    // Nothing chosen: said at the field, in the browser, before anything is sent.
    await page.getByRole('button', { name: 'Upload logo' }).click()
    await page.getByText('Choose a file.').waitFor()

    // An HTML page named logo.png: refused by what it is, not its name; nothing kept.
    await page.getByLabel('Logo file').setInputFiles(await fileOnDisk('logo.png', htmlPretendingToBePng()))
    await page.getByRole('button', { name: 'Upload logo' }).click()
    await page.getByText('A logo must be a PNG, JPEG or SVG image.', { exact: false }).waitFor()
    expect(await filesOf(organisation.id)).toHaveLength(0)

    await page.getByLabel('Logo file').setInputFiles(await fileOnDisk('logo.png', await samplePng(1200, 400)))
    await page.getByRole('button', { name: 'Upload logo' }).click()
    await page.getByText('The logo is saved.').waitFor()
    const logo = page.getByRole('img', { name: 'Your current logo' })
    await logo.waitFor()
    expect(await logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(400)

    await page.getByLabel('Title (optional)').fill('Cobalt recovery datasheet')
    await page.getByLabel('PDF file').setInputFiles(await fileOnDisk('sheet.pdf', samplePdf()))
    await page.getByRole('button', { name: 'Add document' }).click()
    await page.getByText('The document is added to your profile.').waitFor()
    expect(await desktopAndPhoneProblems(page, '/organisation/files', 'en')).toEqual([])

    // Another member sees the logo and the document on the profile, and the logo in the directory.
    const other = await createTestOrganisation({ country: 'JP' })
    const viewer = await loggedInPage(other.member.email, other.member.password)
    await visit(viewer, `/organisations/${organisation.slug}`)
    // Beside the name, the logo is decoration (empty alt): it is there and drawn.
    const profileLogo = viewer
      .locator('main header')
      .filter({ has: viewer.locator('h1') })
      .locator('img')
    await expect
      .poll(() => profileLogo.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0)
    const download = viewer.getByRole('link', { name: 'Cobalt recovery datasheet' })
    const href = (await download.getAttribute('href')) ?? ''
    const cookie = (await viewer.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const served = await fetch(`${baseUrl()}${href}`, { headers: { Cookie: cookie } })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('content-disposition')).toBe('attachment; filename=sheet.pdf')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toContain('sandbox')
    expect(Buffer.from(await served.arrayBuffer())).toEqual(samplePdf())
    await visit(viewer, `/directory?q=${word}`)
    const card = viewer.getByRole('listitem').filter({ hasText: organisation.name })
    expect(await card.locator('img').getAttribute('src')).toMatch(/^\/files\//)

    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Delete' }).click()
    await page.getByText('The document is deleted.').waitFor()
    expect((await filesOf(organisation.id)).map((file) => file.purpose)).toEqual(['logo'])
  })

  test('in Japanese: an SVG with a script is refused at the field; a plain SVG becomes the logo; phone width', async () => {
    const { organisation, member } = await createTestOrganisation({ country: 'JP' })
    const page = await loggedInPage(member.email, member.password)
    await page.context().addCookies([{ name: 'lang', value: 'ja', url: baseUrl() }])
    await visit(page, '/organisation/files')
    await page.getByRole('heading', { name: 'ロゴと資料', level: 1 }).waitFor()
    await page
      .getByLabel('ロゴのファイル')
      .setInputFiles(await fileOnDisk('brand.svg', sampleSvg('<script>alert(1)</script>')))
    await page.getByRole('button', { name: 'ロゴをアップロード' }).click()
    await page.getByText('この SVG にはスクリプト', { exact: false }).waitFor()
    expect(await filesOf(organisation.id)).toHaveLength(0)
    await page.getByLabel('ロゴのファイル').setInputFiles(await fileOnDisk('brand.svg', sampleSvg()))
    await page.getByRole('button', { name: 'ロゴをアップロード' }).click()
    await page.getByText('ロゴを保存しました。').waitFor()
    expect(await filesOf(organisation.id)).toMatchObject([
      { contentType: 'image/png', fileName: 'brand.png' },
    ])
    expect(await desktopAndPhoneProblems(page, '/organisation/files', 'ja')).toEqual([])
  })

  test("uploads over HTTP: oversized, a fake PDF and another organisation's file are refused and store nothing", async () => {
    const owner = await createTestOrganisation({ country: 'DE' })
    const cookie = await createTestSession(owner.member.id)
    const blobsBefore = await prisma.fileBlob.count()
    const huge = await upload(
      '/organisation/files',
      cookie,
      { intent: 'document' },
      {
        name: 'big.pdf',
        bytes: Buffer.concat([samplePdf(), Buffer.alloc(10 * 1024 * 1024 + 10)]),
        type: 'application/pdf',
      },
    )
    expect(huge.status).toBe(413)
    const fake = await upload(
      '/organisation/files',
      cookie,
      { intent: 'document' },
      {
        name: 'brochure.pdf',
        bytes: await sampleJpeg(),
        type: 'application/pdf',
      },
    )
    expect(fake.status).toBe(400)
    expect(await fake.text()).toContain('fileNotPdf')
    // A huge index or a NUL byte beside the file: refused before any check, nothing kept.
    const pdf = { name: 'sheet.pdf', bytes: samplePdf(), type: 'application/pdf' }
    const hugeIndex = await upload(
      '/organisation/files',
      cookie,
      { intent: 'document', 'x[10000000]': '1' },
      pdf,
    )
    expect(hugeIndex.status).toBe(400)
    const nul = await upload('/organisation/files', cookie, { intent: 'document', title: 'a\u0000b' }, pdf)
    expect(nul.status).toBe(400)
    expect(await filesOf(owner.organisation.id)).toHaveLength(0)
    expect(await prisma.fileBlob.count()).toBeLessThanOrEqual(blobsBefore)

    // The same logo sent twice at once: both answered, one logo kept, with its bytes.
    const logo = { name: 'logo.png', bytes: await samplePng(), type: 'image/png' }
    const twice = await Promise.all(
      [1, 2].map(() => upload('/organisation/files', cookie, { intent: 'logo' }, logo)),
    )
    expect(twice.map((response) => response.status)).toEqual([302, 302])
    const logos = await filesOf(owner.organisation.id)
    expect(logos.map((file) => file.purpose)).toEqual(['logo'])
    expect(await prisma.fileBlob.findUnique({ where: { key: logos[0]!.storageKey } })).not.toBeNull()

    // A draft organisation's document is not for other companies, whatever they know of its id.
    const draft = await createTestOrganisation({ country: 'JP' })
    const draftCookie = await createTestSession(draft.member.id)
    const added = await upload(
      '/organisation/files',
      draftCookie,
      { intent: 'document' },
      {
        name: 'plan.pdf',
        bytes: samplePdf(),
        type: 'application/pdf',
      },
    )
    expect(added.status).toBe(302)
    await prisma.organisation.update({ where: { id: draft.organisation.id }, data: { status: 'draft' } })
    const [document] = await filesOf(draft.organisation.id)
    const refused = await fetch(`${baseUrl()}/files/${document!.id}`, { headers: { Cookie: cookie } })
    expect(refused.status).toBe(404)
    const deleted = await fetch(`${baseUrl()}/organisation/files`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: baseUrl(), Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ intent: 'deleteDocument', fileId: document!.id }),
    })
    expect(deleted.status).toBe(404)
    expect(await filesOf(draft.organisation.id)).toHaveLength(1)
    // Signed out: no file at all.
    expect((await fetch(`${baseUrl()}/files/${document!.id}`, { redirect: 'manual' })).status).toBe(302)
  })
})

describe('attachments in introductions', () => {
  test('the two organisations share a file in an accepted introduction; a third company cannot open it', async () => {
    const eu = await createTestOrganisation({ country: 'FR' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const introductionId = await createTestIntroduction(eu, jp, {
      slots: [{ date: '2027-06-10', time: '10:00', durationMinutes: '60', mode: 'online' }],
    })
    const slot = await prisma.meetingSlot.findFirstOrThrow({ where: { introductionId } })
    await acceptIntroduction({ introductionId, organisationId: jp.organisation.id, slotId: slot.id })

    const page = await loggedInPage(eu.member.email, eu.member.password)
    await visit(page, `/introductions/${introductionId}`)
    await page.getByText('No files yet.', { exact: false }).waitFor()
    await page
      .getByLabel('Attach a file')
      .setInputFiles(await fileOnDisk('offer.png', htmlPretendingToBePng()))
    await page.getByRole('button', { name: 'Attach', exact: true }).click()
    await page.getByText('Attach a PDF, PNG or JPEG file.', { exact: false }).waitFor()
    await page.getByLabel('Attach a file').setInputFiles(await fileOnDisk('offer.pdf', samplePdf()))
    await page.getByRole('button', { name: 'Attach', exact: true }).click()
    await page.getByText('File attached.', { exact: false }).waitFor()
    await page.getByRole('link', { name: 'offer.pdf' }).waitFor()
    expect(await desktopAndPhoneProblems(page, `/introductions/${introductionId}`, 'en')).toEqual([])

    const [file] = await prisma.storedFile.findMany({ where: { introductionId } })
    const told = await prisma.notification.findFirst({
      where: { userId: jp.member.id, kind: 'introduction.file' },
    })
    expect(told).not.toBeNull()
    const recipient = await createTestSession(jp.member.id)
    expect((await fetch(`${baseUrl()}/files/${file!.id}`, { headers: { Cookie: recipient } })).status).toBe(
      200,
    )
    const outsider = await createTestOrganisation({ country: 'IT' })
    const outsiderCookie = await createTestSession(outsider.member.id)
    expect(
      (await fetch(`${baseUrl()}/files/${file!.id}`, { headers: { Cookie: outsiderCookie } })).status,
    ).toBe(404)
    // The recipient may not remove the sender's file.
    const removal = await fetch(`${baseUrl()}/introductions/${introductionId}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: baseUrl(), Cookie: recipient, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ intent: 'removeAttachment', fileId: file!.id }),
    })
    expect(removal.status).toBe(404)
    expect(await prisma.storedFile.count({ where: { introductionId } })).toBe(1)
  })
})

describe('staff and the files on a profile', () => {
  test('staff see the logo and documents on the review page and remove one with a reason; without a reason nothing goes', async () => {
    const { organisation, member } = await createTestOrganisation({ country: 'FR' })
    await setLogo({
      organisationId: organisation.id,
      userId: member.id,
      upload: { name: 'logo.png', bytes: await samplePng(300, 300) },
    })
    await addDocument({
      organisationId: organisation.id,
      userId: member.id,
      upload: { name: 'brochure.pdf', bytes: samplePdf() },
    })
    const staff = await createTestAccount({ role: 'staff' })
    const path = `/staff/moderation/${organisation.id}`
    const [logo, brochure] = await filesOf(organisation.id)

    // The server wants the reason even when the browser's check is bypassed.
    const cookie = await createTestSession(staff.id)
    const post = (body: Record<string, string>) =>
      fetch(`${baseUrl()}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: baseUrl(), Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(body),
      })
    expect((await post({ intent: 'remove-file', fileId: brochure!.id, reason: '' })).status).toBe(400)
    expect((await post({ intent: 'remove-file', fileId: 'x'.repeat(5000), reason: 'Spam.' })).status).toBe(
      400,
    )
    expect((await post({ intent: 'remove-file', fileId: brochure!.id, reason: 'Sp\0am.' })).status).toBe(400)
    const hugeIndex = { 'x[10000000]': '1', intent: 'remove-file', fileId: brochure!.id, reason: 'Spam.' }
    expect((await post(hugeIndex)).status).toBe(400)
    // Another organisation's document, by its id, through this organisation's page: no such file.
    const other = await createTestOrganisation({ country: 'JP' })
    await addDocument({
      organisationId: other.organisation.id,
      userId: other.member.id,
      upload: { name: 'theirs.pdf', bytes: samplePdf() },
    })
    const [theirs] = await filesOf(other.organisation.id)
    expect((await post({ intent: 'remove-file', fileId: theirs!.id, reason: 'Spam.' })).status).toBe(404)
    expect(await filesOf(other.organisation.id)).toHaveLength(1)
    // A member of the organisation is not staff, whatever they post.
    const memberCookie = await createTestSession(member.id)
    const asMember = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        Origin: baseUrl(),
        Cookie: memberCookie,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ intent: 'remove-file', fileId: brochure!.id, reason: 'Mine.' }),
    })
    expect(asMember.status).toBeGreaterThanOrEqual(400)
    expect((await filesOf(organisation.id)).length).toBe(2)

    const page = await loggedInPage(staff.email, staff.password)
    await visit(page, path)
    const files = page.getByRole('region', { name: 'Logo and documents' })
    await files.getByRole('link', { name: 'Open logo.png' }).waitFor()
    const brochureRow = files.getByRole('listitem').filter({ hasText: 'brochure.pdf' })
    await brochureRow
      .getByLabel('Why remove brochure.pdf? (sent to the organisation)')
      .fill('A competitor’s brochure.')
    await brochureRow.getByRole('button', { name: 'Remove this file' }).click()
    await page.getByText('Done: the file is removed. The organisation has been told why.').waitFor()
    expect((await filesOf(organisation.id)).map((file) => file.id)).toEqual([logo!.id])
    expect(await files.getByRole('link', { name: 'Open brochure.pdf' }).count()).toBe(0)
    const notice = await prisma.notification.findFirstOrThrow({
      where: { userId: member.id, kind: 'organisation.file_removed' },
    })
    expect(notice.params).toMatchObject({ file: 'brochure.pdf', reason: 'A competitor’s brochure.' })

    await prisma.user.update({ where: { id: staff.id }, data: { locale: 'ja' } })
    await visit(page, path)
    await page
      .getByRole('region', { name: 'ロゴと資料' })
      .getByRole('button', { name: 'このファイルを削除' })
      .waitFor()
    expect(await desktopAndPhoneProblems(page, path, 'ja')).toEqual([])

    // The same removal sent twice at once: one removes the logo, the other finds no such file.
    const twice = await Promise.all(
      [1, 2].map(() => post({ intent: 'remove-file', fileId: logo!.id, reason: 'Twice.' })),
    )
    expect(twice.map((response) => response.status).sort()).toEqual([302, 404])
    expect(await filesOf(organisation.id)).toHaveLength(0)
    expect(
      await prisma.auditEntry.count({
        where: { targetId: organisation.id, action: 'organisation.file_remove' },
      }),
    ).toBe(2)
  })
})

describe('demo logos', () => {
  test('the seeded companies show logos on directory cards and their profile pages', async () => {
    const { member } = await createTestOrganisation({ country: 'IT' })
    const page = await loggedInPage(member.email, member.password)
    await visit(page, '/directory')
    const results = page.getByRole('region', { name: /organisations?/ })
    const loadedLogos = () =>
      results
        .locator('img')
        .evaluateAll(
          (images) => images.filter((image) => (image as HTMLImageElement).naturalWidth > 0).length,
        )
    await expect.poll(loadedLogos).toBeGreaterThan(3)
    await visit(page, '/organisations/nordic-battery-loop')
    const logo = page
      .locator('main header')
      .filter({ has: page.locator('h1') })
      .locator('img')
    await expect
      .poll(() => logo.evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0)
  })
})
