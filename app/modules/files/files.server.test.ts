import { describe, expect, test } from 'vitest'
import sharp from 'sharp'
import {
  createTestAccount,
  createTestIntroduction,
  createTestOrganisation,
} from '../../../prisma/seed/builders'
import { refusalOf } from '../../../tests/support/in-english'
import {
  htmlPretendingToBePng,
  sampleJpeg,
  samplePdf,
  samplePng,
  sampleSvg,
} from '../../../tests/support/sample-files'
import { acceptIntroduction } from '~/modules/introductions/introductions.server'
import { prisma } from '~/utils/db.server'
import { fileRules } from './file-kinds'
import {
  addAttachment,
  addDocument,
  deleteAttachment,
  deleteDocument,
  listDocuments,
  openFileForViewer,
  removeLogo,
  removeProfileFileByStaff,
  setLogo,
} from './files.server'

const filesOf = (organisationId: string) =>
  prisma.storedFile.findMany({ where: { organisationId }, orderBy: { createdAt: 'asc' } })
const blobCount = () => prisma.fileBlob.count()

async function anOrganisation(overrides: Record<string, unknown> = {}) {
  const party = await createTestOrganisation(overrides)
  const viewer = { ...party.member, role: 'member' as const, twoFactorEnabled: false }
  return { ...party, viewer: viewer as never }
}

describe('logos', () => {
  test('a PNG is resized to fit the logo square and served to whoever sees the profile', async () => {
    const { organisation, member, viewer } = await anOrganisation()
    await setLogo({
      organisationId: organisation.id,
      userId: member.id,
      upload: { name: 'logo.png', bytes: await samplePng(1600, 600) },
    })
    const [file] = await filesOf(organisation.id)
    expect(file).toMatchObject({ purpose: 'logo', contentType: 'image/png', width: 400, height: 150 })
    const { logoFileId } = await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })
    expect(logoFileId).toBe(file!.id)
    const opened = await openFileForViewer(file!.id, viewer)
    const metadata = await sharp(opened!.bytes).metadata()
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 400, 150])
  })

  test('a plain SVG becomes a PNG; replacing a logo removes the old one and its bytes', async () => {
    const { organisation, member } = await anOrganisation()
    await setLogo({
      organisationId: organisation.id,
      userId: member.id,
      upload: { name: 'a.jpg', bytes: await sampleJpeg() },
    })
    const [first] = await filesOf(organisation.id)
    expect(first).toMatchObject({ contentType: 'image/jpeg', fileName: 'a.jpg', width: 400, height: 300 })
    await setLogo({
      organisationId: organisation.id,
      userId: member.id,
      upload: { name: 'brand.svg', bytes: sampleSvg() },
    })
    const files = await filesOf(organisation.id)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatchObject({
      contentType: 'image/png',
      fileName: 'brand.png',
      width: 400,
      height: 200,
    })
    expect(await prisma.fileBlob.findUnique({ where: { key: first!.storageKey } })).toBeNull()
    await removeLogo({ organisationId: organisation.id })
    expect(await filesOf(organisation.id)).toHaveLength(0)
    expect(await prisma.fileBlob.findUnique({ where: { key: files[0]!.storageKey } })).toBeNull()
  })

  test.each([
    ['an HTML page named .png', htmlPretendingToBePng(), /must be a PNG, JPEG or SVG/],
    ['a PDF', samplePdf(), /must be a PNG, JPEG or SVG/],
    ['an SVG with a script', sampleSvg('<script>alert(1)</script>'), /scripts, event handlers or links/],
    ['an SVG with an event handler', sampleSvg('<rect onload="alert(1)" width="1" height="1"/>'), /scripts/],
    [
      'an SVG that reads a local file',
      sampleSvg('<image href="file:///etc/passwd" width="9" height="9"/>'),
      /links to other files/,
    ],
    ['an SVG with HTML inside', sampleSvg('<foreignObject><p>hi</p></foreignObject>'), /scripts/],
    [
      'an SVG with entities',
      Buffer.from(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>',
      ),
      /must be a PNG/,
    ],
    [
      'a PNG cut short',
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.from('IHDR and nothing more'),
      ]),
      /could not be read/,
    ],
    ['an empty file', Buffer.alloc(0), /empty/],
    [
      'a file over 5 MB',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(fileRules.logo.bytes)]),
      /larger than 5 MB/,
    ],
  ])('%s is refused with a message and nothing is kept', async (_, bytes, message) => {
    const { organisation, member } = await anOrganisation()
    const blobsBefore = await blobCount()
    expect(
      await refusalOf(
        setLogo({ organisationId: organisation.id, userId: member.id, upload: { name: 'logo.png', bytes } }),
      ),
    ).toMatch(message)
    expect(await filesOf(organisation.id)).toHaveLength(0)
    expect(await blobCount()).toBeLessThanOrEqual(blobsBefore)
  })
})

describe('documents', () => {
  test('PDFs only, at most five per profile, counted under a lock', async () => {
    const { organisation, member } = await anOrganisation()
    const add = (name: string, bytes: Buffer) =>
      addDocument({ organisationId: organisation.id, userId: member.id, upload: { name, bytes } })
    expect(await refusalOf(add('brochure.pdf', await samplePng()))).toMatch(/must be a PDF/)
    expect(await refusalOf(add('brochure.pdf', Buffer.from('%PDF-1.4 but cut short')))).toMatch(
      /could not be read/,
    )
    // Seven at once: five are kept, two refused, whatever the order.
    const results = await Promise.allSettled(
      Array.from({ length: 7 }, (_, index) => add(`sheet-${index}.pdf`, samplePdf())),
    )
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(
      fileRules.document.perOrganisation,
    )
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected')
    expect(await Promise.all(refused.map((result) => refusalOf(Promise.reject(result.reason))))).toEqual([
      expect.stringMatching(/at most 5 documents/),
      expect.stringMatching(/at most 5 documents/),
    ])
    const documents = await listDocuments(organisation.id)
    expect(documents).toHaveLength(5)
    const keys = (await filesOf(organisation.id)).map((file) => file.storageKey)
    expect(await prisma.fileBlob.count({ where: { key: { in: keys } } })).toBe(5)
  })

  test("another organisation's document cannot be deleted or opened while unlisted", async () => {
    const owner = await anOrganisation()
    const other = await anOrganisation()
    await addDocument({
      organisationId: owner.organisation.id,
      userId: owner.member.id,
      upload: { name: 'x.pdf', bytes: samplePdf() },
    })
    const [document] = await listDocuments(owner.organisation.id)
    expect(
      await refusalOf(deleteDocument({ organisationId: other.organisation.id, fileId: document!.id })),
    ).toMatch(/no such file/)
    expect(await openFileForViewer(document!.id, owner.viewer)).not.toBeNull()
    // Listed (approved) profiles' documents are for everyone signed in; a draft's only for its members.
    expect(await openFileForViewer(document!.id, other.viewer)).not.toBeNull()
    await prisma.organisation.update({ where: { id: owner.organisation.id }, data: { status: 'draft' } })
    expect(await openFileForViewer(document!.id, other.viewer)).toBeNull()
    const staff = await createTestAccount({ role: 'staff' })
    expect(
      await openFileForViewer(document!.id, { ...staff, twoFactorEnabled: true } as never),
    ).not.toBeNull()
    await deleteDocument({ organisationId: owner.organisation.id, fileId: document!.id })
    expect(await listDocuments(owner.organisation.id)).toHaveLength(0)
  })
})

describe('attachments', () => {
  async function acceptedPair() {
    const eu = await anOrganisation({ country: 'DE' })
    const jp = await anOrganisation({ country: 'JP' })
    const introductionId = await createTestIntroduction(eu, jp, {
      slots: [{ date: '2027-05-10', time: '10:00', durationMinutes: '60', mode: 'online' }],
    })
    return { eu, jp, introductionId }
  }

  test('only once accepted, only the two organisations, and only they and staff open them', async () => {
    const { eu, jp, introductionId } = await acceptedPair()
    const attach = (party: typeof eu, bytes: Buffer, name = 'offer.pdf') =>
      addAttachment({
        introductionId,
        organisationId: party.organisation.id,
        userId: party.member.id,
        upload: { name, bytes },
      })
    expect(await refusalOf(attach(eu, samplePdf()))).toMatch(/accepted/)
    const slot = await prisma.meetingSlot.findFirstOrThrow({ where: { introductionId } })
    await acceptIntroduction({ introductionId, organisationId: jp.organisation.id, slotId: slot.id })
    const outsider = await anOrganisation()
    expect(await refusalOf(attach(outsider, samplePdf()))).toMatch(/no introduction|not found|no such/i)
    expect(await refusalOf(attach(eu, htmlPretendingToBePng(), 'photo.png'))).toMatch(/PDF, PNG or JPEG/)
    await attach(eu, samplePdf())
    await attach(jp, await sampleJpeg(), 'site visit.jpeg')
    const files = await prisma.storedFile.findMany({
      where: { introductionId },
      orderBy: { createdAt: 'asc' },
    })
    expect(files.map((file) => [file.fileName, file.contentType])).toEqual([
      ['offer.pdf', 'application/pdf'],
      ['site visit.jpg', 'image/jpeg'],
    ])
    expect(await openFileForViewer(files[0]!.id, jp.viewer)).not.toBeNull()
    expect(await openFileForViewer(files[0]!.id, outsider.viewer)).toBeNull()
    // Only the organisation that attached a file removes it.
    expect(
      await refusalOf(
        deleteAttachment({ introductionId, organisationId: jp.organisation.id, fileId: files[0]!.id }),
      ),
    ).toMatch(/no such file/)
    await deleteAttachment({ introductionId, organisationId: eu.organisation.id, fileId: files[0]!.id })
    expect(await prisma.storedFile.count({ where: { introductionId } })).toBe(1)
  })
})

describe('staff removing a file from a profile', () => {
  test('the logo or document goes with its bytes, the audit log keeps why, and the organisation is told', async () => {
    const { organisation, member } = await anOrganisation()
    const staff = await createTestAccount({ role: 'staff' })
    await setLogo({
      organisationId: organisation.id,
      userId: member.id,
      upload: { name: 'logo.png', bytes: await samplePng(200, 200) },
    })
    await addDocument({
      organisationId: organisation.id,
      userId: member.id,
      upload: { name: 'brochure.pdf', bytes: samplePdf() },
    })
    const [logo, brochure] = await filesOf(organisation.id)
    const blobsBefore = await blobCount()
    const reason = 'The logo is another company’s trade mark.'
    await removeProfileFileByStaff({
      staffId: staff.id,
      organisationId: organisation.id,
      fileId: logo!.id,
      reason,
    })

    expect((await filesOf(organisation.id)).map((file) => file.id)).toEqual([brochure!.id])
    expect(await blobCount()).toBe(blobsBefore - 1)
    const { logoFileId } = await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })
    expect(logoFileId).toBeNull()
    const entry = await prisma.auditEntry.findFirstOrThrow({
      where: { actorId: staff.id, action: 'organisation.file_remove' },
    })
    expect(entry).toMatchObject({ targetId: organisation.id, reason })
    expect(entry.details).toMatchObject({ fileId: logo!.id, purpose: 'logo', fileName: 'logo.png' })
    const notice = await prisma.notification.findFirstOrThrow({
      where: { userId: member.id, kind: 'organisation.file_removed' },
    })
    expect(notice.params).toMatchObject({ file: 'logo.png', reason })
  })

  test("a file of another organisation, an attachment or one already gone is 'no such file' and nothing changes", async () => {
    const { eu, jp, introductionId } = await (async () => {
      const eu = await anOrganisation({ country: 'DE' })
      const jp = await anOrganisation({ country: 'JP' })
      const introductionId = await createTestIntroduction(eu, jp, {
        slots: [{ date: '2027-05-10', time: '10:00', durationMinutes: '60', mode: 'online' }],
      })
      return { eu, jp, introductionId }
    })()
    const staff = await createTestAccount({ role: 'staff' })
    await addDocument({
      organisationId: jp.organisation.id,
      userId: jp.member.id,
      upload: { name: 'datasheet.pdf', bytes: samplePdf() },
    })
    const slot = await prisma.meetingSlot.findFirstOrThrow({ where: { introductionId } })
    await acceptIntroduction({ introductionId, organisationId: jp.organisation.id, slotId: slot.id })
    await addAttachment({
      introductionId,
      organisationId: eu.organisation.id,
      userId: eu.member.id,
      upload: { name: 'offer.pdf', bytes: samplePdf() },
    })
    const [document] = await filesOf(jp.organisation.id)
    const [attachment] = await filesOf(eu.organisation.id)
    const remove = (organisationId: string, fileId: string) =>
      removeProfileFileByStaff({ staffId: staff.id, organisationId, fileId, reason: 'Not allowed here.' })

    expect(await refusalOf(remove(eu.organisation.id, document!.id))).toMatch(/no such file/)
    expect(await refusalOf(remove(eu.organisation.id, attachment!.id))).toMatch(/no such file/)
    await remove(jp.organisation.id, document!.id)
    expect(await refusalOf(remove(jp.organisation.id, document!.id))).toMatch(/no such file/)
    expect(await prisma.storedFile.count({ where: { id: attachment!.id } })).toBe(1)
    expect(await prisma.auditEntry.count({ where: { actorId: staff.id } })).toBe(1)
  })
})
