import { randomUUID } from 'node:crypto'
import type { User } from 'lucia'
import type { Prisma } from '~/generated/prisma/client'
import { errorMessage } from '~/modules/i18n/message-keys'
import { assertMayMove, sideOf } from '~/modules/introductions/introduction-moves'
import { introductionLink } from '~/modules/introductions/rules'
import { threadForWriting } from '~/modules/introductions/thread.server'
import { notifyOrganisationMembers } from '~/modules/notifications/notifications.server'
import { viewerSideOf } from '~/modules/introductions/introduction-views.server'
import { getMembership } from '~/modules/profiles/profiles.server'
import { recordAudit } from '~/modules/audit/audit.server'
import { mayViewProfile } from '~/modules/profiles/public-profile.server'
import { logger } from '~/utils/logger.server'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import { fileRules } from './file-kinds'
import { fileStore } from './file-store.server'
import {
  checkAttachment,
  checkDocument,
  checkLogo,
  cleanFileName,
  type CheckedFile,
} from './inspect-upload.server'

/** A file as a browser sent it. */
export type Upload = { name: string; bytes: Buffer }

const fileSummary = {
  id: true,
  fileName: true,
  title: true,
  contentType: true,
  byteSize: true,
  width: true,
  height: true,
  createdAt: true,
} as const satisfies Prisma.StoredFileSelect

const noSuchFile = () => new DomainError(errorMessage('noSuchFile'), 404)

async function lockOrganisation(tx: Prisma.TransactionClient, organisationId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`
}

/**
 * Keeps the checked bytes, then runs `record` (which writes the file's row and checks the rules under a
 * row lock) in a transaction. When `record` refuses or fails, the bytes are removed again, so a refused
 * upload leaves nothing behind; keys it returns are files it replaced, removed once it has committed.
 */
async function keep(
  checked: CheckedFile,
  record: (tx: Prisma.TransactionClient, storageKey: string) => Promise<string[]>,
) {
  const store = fileStore()
  const storageKey = randomUUID()
  await store.put(storageKey, checked.bytes, checked.contentType)
  let replaced: string[]
  try {
    replaced = await prisma.$transaction((tx) => record(tx, storageKey))
  } catch (error) {
    await store.remove(storageKey)
    throw error
  }
  await removeBytes(replaced)
}

async function removeBytes(keys: string[]) {
  for (const key of keys) {
    try {
      await fileStore().remove(key)
    } catch (error) {
      // The row is gone, so nobody can reach these bytes; they only take space.
      logger.warn({ err: error, storageKey: key }, 'could not remove the bytes of a deleted file')
    }
  }
}

/** The row of a checked upload: what it is, whose, and where its bytes are. */
const fileRow = (
  checked: CheckedFile,
  input: { upload: Upload; organisationId: string; userId: string },
  storageKey: string,
) => ({
  organisationId: input.organisationId,
  uploadedById: input.userId,
  fileName: cleanFileName(input.upload.name, checked.extension),
  contentType: checked.contentType,
  byteSize: checked.bytes.length,
  width: checked.width ?? null,
  height: checked.height ?? null,
  storageKey,
})

/** Sets (or replaces) an organisation's logo; a member of it acts. */
export async function setLogo(input: { organisationId: string; userId: string; upload: Upload }) {
  const checked = await checkLogo(input.upload.bytes)
  await keep(checked, async (tx, storageKey) => {
    await lockOrganisation(tx, input.organisationId)
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { logo: { select: { id: true, storageKey: true } } },
    })
    if (!organisation) throw noSuchFile()
    const file = await tx.storedFile.create({
      data: {
        ...fileRow(checked, input, storageKey),
        purpose: 'logo',
      },
    })
    await tx.organisation.update({ where: { id: input.organisationId }, data: { logoFileId: file.id } })
    if (!organisation.logo) return []
    await tx.storedFile.delete({ where: { id: organisation.logo.id } })
    return [organisation.logo.storageKey]
  })
}

/** Removes an organisation's logo, if it has one. */
export async function removeLogo(input: { organisationId: string }) {
  const removed = await prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, input.organisationId)
    const logo = await tx.storedFile.findFirst({
      where: { organisationId: input.organisationId, purpose: 'logo' },
      select: { id: true, storageKey: true },
    })
    if (!logo) return []
    await tx.storedFile.delete({ where: { id: logo.id } })
    return [logo.storageKey]
  })
  await removeBytes(removed)
}

/** Adds a PDF to an organisation's profile, within the number a profile may hold. */
export async function addDocument(input: {
  organisationId: string
  userId: string
  upload: Upload
  title?: string
}) {
  const checked = await checkDocument(input.upload.bytes)
  await keep(checked, async (tx, storageKey) => {
    await lockOrganisation(tx, input.organisationId)
    const count = await tx.storedFile.count({
      where: { organisationId: input.organisationId, purpose: 'document' },
    })
    const max = fileRules.document.perOrganisation
    if (count >= max) throw new DomainError(errorMessage('tooManyDocuments', { max }), 409, 'file')
    await tx.storedFile.create({
      data: {
        ...fileRow(checked, input, storageKey),
        title: input.title?.trim() || null,
        purpose: 'document',
      },
    })
    return []
  })
}

/** Deletes one of the organisation's own documents; another organisation's file is "no such file". */
export async function deleteDocument(input: { organisationId: string; fileId: string }) {
  const file = await prisma.storedFile.findFirst({
    where: { id: input.fileId, organisationId: input.organisationId, purpose: 'document' },
    select: { id: true, storageKey: true },
  })
  if (!file) throw noSuchFile()
  const { count } = await prisma.storedFile.deleteMany({ where: { id: file.id } })
  if (count) await removeBytes([file.storageKey])
}

/**
 * Centre staff take a logo or document off a profile (one that breaks the rules, or was never the
 * company's to show): the file goes, the audit log keeps who, which file and why, and the organisation is
 * told the reason.
 */
export async function removeProfileFileByStaff(input: {
  staffId: string
  organisationId: string
  fileId: string
  reason: string
}) {
  const removed = await prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, input.organisationId)
    const file = await tx.storedFile.findFirst({
      where: {
        id: input.fileId,
        organisationId: input.organisationId,
        purpose: { in: ['logo', 'document'] },
      },
      select: {
        id: true,
        storageKey: true,
        fileName: true,
        purpose: true,
        organisation: { select: { name: true } },
      },
    })
    if (!file) throw noSuchFile()
    await tx.storedFile.delete({ where: { id: file.id } })
    await recordAudit(tx, {
      actorId: input.staffId,
      action: 'organisation.file_remove',
      targetType: 'organisation',
      targetId: input.organisationId,
      reason: input.reason,
      details: { fileId: file.id, purpose: file.purpose, fileName: file.fileName },
    })
    await notifyOrganisationMembers(tx, input.organisationId, {
      kind: 'organisation.file_removed',
      params: { organisation: file.organisation.name, file: file.fileName, reason: input.reason },
      link: '/organisation/files',
    })
    return [file.storageKey]
  })
  await removeBytes(removed)
}

/** A profile's logo and documents as staff review them. */
export const listProfileFiles = (organisationId: string) =>
  prisma.storedFile.findMany({
    where: { organisationId, purpose: { in: ['logo', 'document'] } },
    orderBy: [{ purpose: 'asc' }, { createdAt: 'asc' }],
    select: { ...fileSummary, purpose: true },
  })

export const listDocuments = (organisationId: string) =>
  prisma.storedFile.findMany({
    where: { organisationId, purpose: 'document' },
    orderBy: { createdAt: 'asc' },
    select: fileSummary,
  })

/**
 * Attaches a file to an introduction's thread: the two organisations may, while they may write in it
 * (the same rule as for messages: once accepted, and not while suspended).
 */
export async function addAttachment(input: {
  introductionId: string
  organisationId: string
  userId: string
  upload: Upload
}) {
  const checked = await checkAttachment(input.upload.bytes)
  await keep(checked, async (tx, storageKey) => {
    const { request, own, other } = await threadForWriting(tx, input.introductionId, input.organisationId)
    const count = await tx.storedFile.count({ where: { introductionId: input.introductionId } })
    const max = fileRules.attachment.perIntroduction
    if (count >= max) throw new DomainError(errorMessage('tooManyAttachments', { max }), 409, 'file')
    const file = await tx.storedFile.create({
      data: {
        ...fileRow(checked, input, storageKey),
        purpose: 'attachment',
        introductionId: input.introductionId,
      },
    })
    await notifyOrganisationMembers(tx, other.id, {
      kind: 'introduction.file',
      params: { from: own.name, file: file.fileName },
      link: `${introductionLink(request.id)}#files`,
    })
    return []
  })
}

/** Removes an attachment: only the organisation that attached it, while the thread is open to it. */
export async function deleteAttachment(input: {
  introductionId: string
  organisationId: string
  fileId: string
}) {
  const removed = await prisma.$transaction(async (tx) => {
    const file = await tx.storedFile.findFirst({
      where: { id: input.fileId, introductionId: input.introductionId, organisationId: input.organisationId },
      select: { id: true, storageKey: true, introduction: true },
    })
    if (!file?.introduction) throw noSuchFile()
    assertMayMove('write', sideOf(file.introduction, input.organisationId), file.introduction)
    await tx.storedFile.delete({ where: { id: file.id } })
    return [file.storageKey]
  })
  await removeBytes(removed)
}

export const listAttachments = (introductionId: string) =>
  prisma.storedFile.findMany({
    where: { introductionId },
    orderBy: { createdAt: 'asc' },
    select: {
      ...fileSummary,
      organisationId: true,
      uploadedBy: { select: { displayName: true } },
    },
  })

export type FileSummary = Awaited<ReturnType<typeof listDocuments>>[number]

/**
 * A file with its bytes, when this viewer may have it: a logo or document whoever may see the profile;
 * an attachment the two organisations of its introduction and staff. Null otherwise, the same as for a
 * file that does not exist, so an id tells nothing.
 */
export async function openFileForViewer(fileId: string, viewer: User) {
  const file = await prisma.storedFile.findUnique({
    where: { id: fileId },
    include: {
      organisation: { select: { id: true, status: true, suspendedAt: true } },
      introduction: { select: { fromOrganisationId: true, toOrganisationId: true } },
    },
  })
  if (!file) return null
  const viewerOrganisationId = (await getMembership(viewer.id))?.organisation.id ?? null
  const allowed = file.introduction
    ? viewerSideOf(file.introduction, { ...viewer, organisationId: viewerOrganisationId }) !== null
    : mayViewProfile(file.organisation, viewer, viewerOrganisationId)
  if (!allowed) return null
  const bytes = await fileStore().get(file.storageKey)
  if (!bytes) {
    logger.error({ fileId, storageKey: file.storageKey }, 'a stored file has no bytes in the file store')
    return null
  }
  return { file, bytes }
}

/** The browser's file as the module takes it. */
export const uploadOf = async (file: File): Promise<Upload> => ({
  name: file.name,
  bytes: Buffer.from(await file.arrayBuffer()),
})
