import type { Prisma } from '~/generated/prisma/client'
import { errorMessage } from '~/modules/i18n/message-keys'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { DomainError } from '~/utils/domain-error'
import { prisma } from '~/utils/db.server'
import type { ImportStatus } from './import-format'
import type { ImportProblem } from './import-table'
import { findImportTargets, validateImportFile, writeImportRows, type ValidImportRow } from './import.server'
import { snapshotKeys, toSnapshot } from './snapshot'

/** How long a checked file waits for its confirmation; older ones are discarded. */
const previewHours = 24

export type ImportPreviewRow = {
  row: number
  name: string
  slug: string
  action: 'create' | 'update' | 'unchanged'
  /** The profile's fields (and `status`) the update changes. */
  changed: string[]
  status: ImportStatus
}

export type ImportPreview = {
  id: string
  fileName: string
  createdAt: Date
} & (
  | { state: 'waiting'; rows: ImportPreviewRow[] }
  | { state: 'invalid'; problems: ImportProblem[] }
  | { state: 'imported'; importedAt: Date; created: number; updated: number }
)

type ReadFile = { data: unknown; rowNumbers?: number[]; fileName: string }

/**
 * Checks a file and keeps it for the staff member to confirm: nothing is imported yet. An invalid file is
 * not kept; its problems are the answer. A staff member has one file waiting at a time.
 */
export async function prepareImport(file: ReadFile, staffId: string) {
  const validation = validateImportFile(file.data, await loadTaxonomy(), file.rowNumbers)
  if (!validation.ok) return validation
  const stale = new Date(Date.now() - previewHours * 3_600_000)
  const [, saved] = await prisma.$transaction([
    prisma.profileImport.deleteMany({
      where: { OR: [{ createdById: staffId, importedAt: null }, { createdAt: { lt: stale } }] },
    }),
    prisma.profileImport.create({
      data: {
        createdById: staffId,
        fileName: file.fileName.slice(0, 200),
        content: file.data as Prisma.InputJsonValue,
        rowNumbers: file.rowNumbers ?? [],
      },
      select: { id: true },
    }),
  ])
  return { ok: true as const, id: saved.id }
}

const rowNumbersOf = (stored: { rowNumbers: number[] }) =>
  stored.rowNumbers.length ? stored.rowNumbers : undefined

/** A kept file as its staff member sees it: what confirming would create and update, or what it did. */
export async function getImportPreview(id: string, staffId: string): Promise<ImportPreview> {
  const stored = await findOwnImport(prisma, id, staffId)
  const base = { id: stored.id, fileName: stored.fileName, createdAt: stored.createdAt }
  if (stored.importedAt) {
    return {
      ...base,
      state: 'imported',
      importedAt: stored.importedAt,
      created: stored.createdCount ?? 0,
      updated: stored.updatedCount ?? 0,
    }
  }
  // Checked again: the taxonomy or the directory may have changed since the upload.
  const rowNumbers = rowNumbersOf(stored)
  const validation = validateImportFile(stored.content, await loadTaxonomy(), rowNumbers)
  if (!validation.ok) return { ...base, state: 'invalid', problems: validation.problems }
  const targets = await findImportTargets(
    prisma,
    validation.rows.map((row) => row.slug),
  )
  return {
    ...base,
    state: 'waiting',
    rows: validation.rows.map((row, index) =>
      previewRow(row, rowNumbers?.[index] ?? index + 1, targets.get(row.slug)),
    ),
  }
}

function previewRow(
  row: ValidImportRow,
  number: number,
  existing: (Parameters<typeof toSnapshot>[0] & { status: string }) | undefined,
): ImportPreviewRow {
  const summary = { row: number, name: row.fields.name, slug: row.slug, status: row.status }
  if (!existing) return { ...summary, action: 'create', changed: [] }
  const before = toSnapshot(existing)
  const after = toSnapshot(row.fields)
  const changed: string[] = snapshotKeys.filter(
    (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  )
  if (existing.status !== row.status) changed.push('status')
  return { ...summary, action: changed.length ? 'update' : 'unchanged', changed }
}

/**
 * Imports a kept file once: the row is locked, so a second confirmation (a double click, another tab)
 * waits and then finds it imported. The file is checked again first; if it no longer passes, nothing is
 * written and the problems are the answer.
 */
export async function confirmImport(id: string, staffId: string) {
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "ProfileImport" WHERE id = ${id} FOR UPDATE`
      const stored = await findOwnImport(tx, id, staffId)
      if (stored.importedAt) return { ok: true as const }
      const validation = validateImportFile(stored.content, await loadTaxonomy(), rowNumbersOf(stored))
      if (!validation.ok) return validation
      const counts = await writeImportRows(tx, validation.rows, staffId)
      await tx.profileImport.update({
        where: { id },
        data: { importedAt: new Date(), createdCount: counts.created, updatedCount: counts.updated },
      })
      return { ok: true as const }
    },
    { timeout: 120_000 },
  )
}

/** Drops a kept file without importing it. */
export async function discardImport(id: string, staffId: string) {
  const stored = await findOwnImport(prisma, id, staffId)
  if (stored.importedAt) throw new DomainError(errorMessage('importPreviewGone'), 409)
  await prisma.profileImport.delete({ where: { id } })
}

/** The staff member's own kept file, younger than a day unless imported; anything else is not found. */
async function findOwnImport(db: Prisma.TransactionClient, id: string, staffId: string) {
  const stored = await db.profileImport.findFirst({ where: { id, createdById: staffId } })
  const expired =
    stored && !stored.importedAt && stored.createdAt.getTime() < Date.now() - previewHours * 3_600_000
  if (!stored || expired) throw new DomainError(errorMessage('importPreviewGone'), 404)
  return stored
}
