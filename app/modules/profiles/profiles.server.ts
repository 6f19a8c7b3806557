import { DomainError } from '~/utils/domain-error'
import { isUniqueViolation } from '~/utils/prisma-errors.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import type { Prisma } from '~/generated/prisma/client'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { prisma } from '~/utils/db.server'
import { organisationData, slugFor } from './organisation-record.server'
import type { ProfileFields } from './profile-fields'
import { changedFields, toSnapshot, type ProfileSnapshot } from './snapshot'
import { checkTaxonomyCodes, type FieldProblem } from './taxonomy-codes.server'
import { profileMoves } from './profile-status'

export type SaveResult =
  | { ok: true; organisationId: string; version: number }
  | { ok: false; problems: FieldProblem[] }
  | { ok: false; conflict: ProfileConflict }

export type ProfileConflict = {
  currentVersion: number
  /** What others saved since the version this edit started from. */
  theirChanges: { field: keyof ProfileSnapshot; value: unknown }[]
  editedBy: string | null
}

/** The account's organisation and its part in it, or null. */
export async function getMembership(userId: string) {
  return prisma.organisationMember.findUnique({
    where: { userId },
    select: { role: true, organisation: true },
  })
}

/**
 * The address part for `name`: its slug, else with "-2", "-3"... when another organisation has it or had
 * it (an alias keeps sending old links on). An organisation may take back one of its own former slugs.
 */
async function uniqueSlug(tx: Prisma.TransactionClient, name: string, organisationId?: string) {
  const base = slugFor(name)
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${attempt + 1}`
    const [owner, alias] = await Promise.all([
      tx.organisation.findUnique({ where: { slug }, select: { id: true } }),
      tx.organisationSlugAlias.findUnique({ where: { slug }, select: { organisationId: true } }),
    ])
    const free =
      (!owner || owner.id === organisationId) && (!alias || alias.organisationId === organisationId)
    if (free) return slug
  }
}

/** After a rename, the address follows the new name; the old one becomes an alias that redirects. */
async function followName(
  tx: Prisma.TransactionClient,
  organisation: { id: string; slug: string; name: string },
) {
  if (slugFor(organisation.name) === organisation.slug) return organisation.slug
  const slug = await uniqueSlug(tx, organisation.name, organisation.id)
  if (slug === organisation.slug) return slug
  await tx.organisationSlugAlias.deleteMany({ where: { slug, organisationId: organisation.id } })
  await tx.organisationSlugAlias.create({
    data: { slug: organisation.slug, organisationId: organisation.id },
  })
  await tx.organisation.update({ where: { id: organisation.id }, data: { slug } })
  return slug
}

/**
 * Creates the user's organisation, owned by them. One per person, also when the form is sent several
 * times at once: the database's unique keys decide, and the others are refused (or, when only the slug
 * was taken meanwhile, tried again under another one).
 */
export async function createOrganisation(userId: string, fields: ProfileFields): Promise<SaveResult> {
  const problems = checkTaxonomyCodes(fields, await loadTaxonomy())
  if (problems.length) return { ok: false, problems }
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertOrganisation(userId, fields)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      if (await prisma.organisationMember.findUnique({ where: { userId } }))
        throw new DomainError(errorMessage('alreadyInOrganisation'))
      if (attempt === 3) throw error
    }
  }
}

function insertOrganisation(userId: string, fields: ProfileFields): Promise<SaveResult> {
  return prisma.$transaction(async (tx) => {
    if (await tx.organisationMember.findUnique({ where: { userId } })) {
      throw new DomainError(errorMessage('alreadyInOrganisation'))
    }
    const organisation = await tx.organisation.create({
      data: {
        ...organisationData(fields),
        slug: await uniqueSlug(tx, fields.name),
        members: { create: { userId, role: 'owner' } },
      },
    })
    await tx.organisationRevision.create({
      data: {
        organisationId: organisation.id,
        version: 1,
        snapshot: toSnapshot(organisation),
        editedById: userId,
      },
    })
    return { ok: true, organisationId: organisation.id, version: 1 }
  })
}

/**
 * Saves an edit made from `baseVersion`. If somebody saved in between, nothing is written and the
 * result says what they changed, so the editor can decide.
 */
export async function updateOrganisation(input: {
  organisationId: string
  userId: string
  baseVersion: number
  fields: ProfileFields
}): Promise<SaveResult> {
  const { organisationId, userId, baseVersion, fields } = input
  const current = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })
  const problems = checkTaxonomyCodes(fields, await loadTaxonomy(), current)
  if (problems.length) return { ok: false, problems }

  for (let attempt = 1; ; attempt++) {
    try {
      return await saveEdit(organisationId, userId, baseVersion, fields, current.name)
    } catch (error) {
      // Two organisations renamed to the same name at once: the slug's unique key decides, the other retries.
      if (!isUniqueViolation(error) || attempt === 3) throw error
    }
  }
}

function saveEdit(
  organisationId: string,
  userId: string,
  baseVersion: number,
  fields: ProfileFields,
  previousName: string,
): Promise<SaveResult> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, version: baseVersion },
      data: { ...organisationData(fields), version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, conflict: await describeConflict(tx, organisationId, baseVersion) }
    const saved = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } })
    if (saved.name !== previousName) await followName(tx, saved)
    await tx.organisationRevision.create({
      data: { organisationId, version: saved.version, snapshot: toSnapshot(saved), editedById: userId },
    })
    return { ok: true, organisationId, version: saved.version }
  })
}

async function describeConflict(
  tx: Prisma.TransactionClient,
  organisationId: string,
  baseVersion: number,
): Promise<ProfileConflict> {
  const current = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } })
  const [base, latest] = await Promise.all([
    tx.organisationRevision.findUnique({
      where: { organisationId_version: { organisationId, version: baseVersion } },
    }),
    tx.organisationRevision.findUnique({
      where: { organisationId_version: { organisationId, version: current.version } },
      include: { editedBy: { select: { displayName: true } } },
    }),
  ])
  const now = toSnapshot(current)
  const fields = base ? changedFields(base.snapshot as ProfileSnapshot, now) : []
  return {
    currentVersion: current.version,
    theirChanges: fields.map((field) => ({ field, value: now[field] })),
    editedBy: latest?.editedBy?.displayName ?? null,
  }
}

/** Sends a draft (or a rejected profile, once fixed) to Centre staff for review. */
export async function submitForReview(organisationId: string) {
  return changeStatus(organisationId, 'submit', { submittedAt: new Date(), rejectionReason: null })
}

/** Takes the profile back to draft: hidden from the directory and from matching. */
export async function withdrawProfile(organisationId: string) {
  return changeStatus(organisationId, 'withdraw', {})
}

async function changeStatus(
  organisationId: string,
  action: 'submit' | 'withdraw',
  extra: Prisma.OrganisationUpdateManyMutationInput,
) {
  const { from, to } = profileMoves[action]
  const { count } = await prisma.organisation.updateMany({
    where: { id: organisationId, status: { in: [...from] } },
    data: { ...extra, status: to },
  })
  if (count === 0)
    throw new DomainError(errorMessage(action === 'submit' ? 'cannotSubmit' : 'cannotWithdraw'))
}
