import { errorMessage } from '~/modules/i18n/message-keys'
import type { Prisma } from '~/generated/prisma/client'
import { loadTaxonomy, type Taxonomy } from '~/modules/taxonomy/taxonomy.server'
import { recordAudit } from '~/modules/audit/audit.server'
import { prisma } from '~/utils/db.server'
import {
  importFileSchema,
  fileFieldOfStream,
  importRowSchema,
  parseProfileInput,
  rowToProfileInput,
  type ImportStatus,
} from './import-format'
import { organisationData, slugFor } from './organisation-record.server'
import type { ProfileFields } from './profile-fields'
import { toSnapshot } from './snapshot'
import { checkTaxonomyCodes } from './taxonomy-codes.server'
import type { ImportProblem } from './import-table'

export type { ImportProblem } from './import-table'
export type ValidImportRow = { slug: string; status: ImportStatus; fields: ProfileFields }

const pathOf = (path: PropertyKey[]) => path.map(String).join('.') || '(row)'

const valueAt = (raw: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    raw,
  )

/** A field left out is "missing", in words, rather than the validator's account of the types. */
const wordsFor = (raw: unknown, path: PropertyKey[], message: string) =>
  path.length && valueAt(raw, path) === undefined ? errorMessage('fieldMissing') : message

const nameOf = (raw: unknown) => {
  const name = valueAt(raw, ['name'])
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 120) : null
}

/**
 * Checks a whole import file; every problem names its row and field. Rows are counted from 1 as the file
 * holds them, or by `rowNumbers` (a spreadsheet's own numbers, header included) where a table gave them.
 */
export function validateImportFile(
  data: unknown,
  taxonomy: Taxonomy,
  rowNumbers?: readonly number[],
): { ok: true; rows: ValidImportRow[] } | { ok: false; problems: ImportProblem[] } {
  const file = importFileSchema.safeParse(data)
  if (!file.success) {
    return {
      ok: false,
      problems: file.error.issues.map((issue) => ({
        index: null,
        row: null,
        name: null,
        field: pathOf(issue.path),
        message: issue.message,
      })),
    }
  }
  const problems: ImportProblem[] = []
  const rows: ValidImportRow[] = []
  const seenSlugs = new Map<string, number>()
  file.data.organisations.forEach((raw, index) => {
    const where = { index, row: rowNumbers?.[index] ?? index + 1, name: nameOf(raw) }
    const row = importRowSchema.safeParse(raw)
    if (!row.success) {
      for (const issue of row.error.issues) {
        const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : pathOf(issue.path)
        const message =
          issue.code === 'unrecognized_keys'
            ? errorMessage('unknownField')
            : wordsFor(raw, issue.path, issue.message)
        problems.push({ ...where, field, message })
      }
      return
    }
    const fields = parseProfileInput(rowToProfileInput(row.data))
    if (!fields.success) {
      for (const issue of fields.error.issues) {
        const field = fileFieldOfStream(row.data, pathOf(issue.path)).replace(
          /^contact(Name|Email|Phone)/,
          (_, part: string) => `contact.${part.toLowerCase()}`,
        )
        problems.push({ ...where, field, message: wordsFor(raw, field.split('.'), issue.message) })
      }
      return
    }
    for (const problem of checkTaxonomyCodes(fields.data, taxonomy))
      problems.push({ ...where, ...problem, field: fileFieldOfStream(row.data, problem.field) })
    const slug = row.data.slug ?? slugFor(fields.data.name)
    const earlier = seenSlugs.get(slug)
    if (earlier !== undefined) {
      problems.push({
        ...where,
        field: 'slug',
        message: errorMessage('duplicateSlug', { slug, row: rowNumbers?.[earlier] ?? earlier + 1 }),
      })
    }
    seenSlugs.set(slug, index)
    rows.push({ slug, status: row.data.status ?? 'draft', fields: fields.data })
  })
  return problems.length ? { ok: false, problems } : { ok: true, rows }
}

function statusData(status: ImportStatus, now: Date) {
  return {
    status,
    submittedAt: status === 'draft' ? null : now,
    approvedAt: status === 'approved' ? now : null,
    rejectionReason: null,
  }
}

export type ImportResult =
  { ok: true; created: number; updated: number } | { ok: false; problems: ImportProblem[] }

/**
 * Imports a file all or nothing: any invalid row and nothing is written. Rows update the
 * organisation with the same slug, so importing a file twice does not duplicate.
 */
export async function importOrganisations(
  data: unknown,
  importedById: string | null = null,
  rowNumbers?: readonly number[],
): Promise<ImportResult> {
  const validation = validateImportFile(data, await loadTaxonomy(), rowNumbers)
  if (!validation.ok) return validation
  const counts = await prisma.$transaction((tx) => writeImportRows(tx, validation.rows, importedById), {
    timeout: 120_000,
  })
  return { ok: true, ...counts }
}

/** The organisation each row's slug names (also by an address it had before a rename), or null. */
export async function findImportTargets(tx: Prisma.TransactionClient, slugs: string[]) {
  const [aliases, organisations] = await Promise.all([
    tx.organisationSlugAlias.findMany({ where: { slug: { in: slugs } } }),
    tx.organisation.findMany({ where: { slug: { in: slugs } } }),
  ])
  const bySlug = new Map(organisations.map((organisation) => [organisation.slug, organisation]))
  const aliased = aliases.filter((alias) => !bySlug.has(alias.slug))
  const renamed = aliased.length
    ? await tx.organisation.findMany({ where: { id: { in: aliased.map((alias) => alias.organisationId) } } })
    : []
  const byId = new Map(renamed.map((organisation) => [organisation.id, organisation]))
  for (const alias of aliased) {
    const organisation = byId.get(alias.organisationId)
    if (organisation) bySlug.set(alias.slug, organisation)
  }
  return bySlug
}

/** Writes checked rows inside the caller's transaction: creates or updates, each with its revision. */
export async function writeImportRows(
  tx: Prisma.TransactionClient,
  rows: ValidImportRow[],
  importedById: string | null,
) {
  const now = new Date()
  let created = 0
  let updated = 0
  const targets = await findImportTargets(
    tx,
    rows.map((row) => row.slug),
  )
  for (const { slug, status, fields } of rows) {
    const existing = targets.get(slug)
    const data = { ...organisationData(fields), ...statusData(status, now) }
    const saved = existing
      ? await tx.organisation.update({
          where: { id: existing.id },
          data: { ...data, version: { increment: 1 } },
        })
      : await tx.organisation.create({ data: { ...data, slug } })
    if (existing) updated++
    else created++
    await recordRevision(tx, saved, importedById)
  }
  // An import from the web is a staff action; the command line's is the operator's.
  if (importedById) {
    await recordAudit(tx, {
      actorId: importedById,
      action: 'organisations.import',
      targetType: 'import',
      targetId: now.toISOString(),
      details: { created, updated, slugs: rows.map((row) => row.slug) },
    })
  }
  return { created, updated }
}

async function recordRevision(
  tx: Prisma.TransactionClient,
  saved: Parameters<typeof toSnapshot>[0] & { id: string; version: number },
  editedById: string | null,
) {
  await tx.organisationRevision.create({
    data: { organisationId: saved.id, version: saved.version, snapshot: toSnapshot(saved), editedById },
  })
}
