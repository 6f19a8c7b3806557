import { DomainError } from '~/utils/domain-error'
import { errorMessage } from '~/modules/i18n/message-keys'
import type { Prisma } from '~/generated/prisma/client'
import type { NotificationEvent } from '~/modules/notifications/notification-texts'
import { notifyOrganisationMembers } from '~/modules/notifications/notifications.server'
import { changedFields, toSnapshot, type ProfileSnapshot } from '~/modules/profiles/snapshot'
import { prisma } from '~/utils/db.server'
import { recordAudit, type AuditAction } from '~/modules/audit/audit.server'
import { mayMove, profileMoves, type ProfileMove } from '~/modules/profiles/profile-status'

/** The profile was saved again after the reviewer opened it: the decision would apply to an unseen version. */
export class ChangedSinceReviewError extends DomainError {
  constructor(readonly reviewedVersion: number) {
    super(errorMessage('changedSinceOpened'))
  }
}

/** Profiles waiting for review (oldest first), and approved ones edited since their approval. */
export async function reviewQueue() {
  const select = {
    id: true,
    slug: true,
    name: true,
    nameJa: true,
    country: true,
    submittedAt: true,
    updatedAt: true,
    approvedVersion: true,
    version: true,
  } as const
  const [submitted, approved] = await Promise.all([
    prisma.organisation.findMany({
      where: { status: 'submitted' },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select,
    }),
    prisma.organisation.findMany({
      where: { status: 'approved', approvedVersion: { not: null } },
      orderBy: { updatedAt: 'asc' },
      select,
    }),
  ])
  return {
    submitted: submitted.map((organisation) => ({
      ...organisation,
      resubmission: organisation.approvedVersion !== null,
    })),
    changedSinceApproval: approved.filter(
      (organisation) => organisation.version > (organisation.approvedVersion ?? 0),
    ),
  }
}

async function snapshotAt(organisationId: string, version: number) {
  const revision = await prisma.organisationRevision.findUnique({
    where: { organisationId_version: { organisationId, version } },
  })
  return revision ? (revision.snapshot as ProfileSnapshot) : null
}

/** What changed in a profile since the given version (the one a reviewer had open), field by field. */
export async function changesSinceVersion(organisationId: string, version: number) {
  const organisation = await prisma.organisation.findUnique({ where: { id: organisationId } })
  if (!organisation) return []
  const before = await snapshotAt(organisationId, version)
  const current = toSnapshot(organisation)
  if (!before) return []
  return changedFields(before, current).map((field) => ({
    field,
    before: before[field],
    after: current[field],
  }))
}

/** A profile as staff review it, with what changed since it was last approved. */
export async function reviewDetails(organisationId: string) {
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    include: { reports: { where: { status: 'open' }, select: { id: true } } },
  })
  if (!organisation) return null
  const current = toSnapshot(organisation)
  const approved = organisation.approvedVersion
    ? await snapshotAt(organisationId, organisation.approvedVersion)
    : null
  return {
    organisation,
    profile: current,
    changesSinceApproval: approved
      ? changedFields(approved, current).map((field) => ({
          field,
          before: approved[field],
          after: current[field],
        }))
      : null,
  }
}

type StaffDecision = { staffId: string; organisationId: string; reason?: string }
type ReviewDecision = StaffDecision & { reviewedVersion: number }

async function decide(
  { staffId, organisationId, reason, reviewedVersion }: ReviewDecision,
  rule: {
    move: Exclude<ProfileMove, 'submit' | 'withdraw'>
    action: AuditAction
    data: (version: number) => Prisma.OrganisationUpdateInput
    notification: (organisationName: string) => NotificationEvent
  },
) {
  await prisma.$transaction(async (tx) => {
    // Held until the decision is written, so that no save slips in between the check and the decision.
    await tx.$queryRaw`SELECT 1 FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId } })
    if (!organisation || !mayMove(organisation.status, rule.move)) {
      throw new DomainError(errorMessage('notWaitingForDecision'))
    }
    if (organisation.version !== reviewedVersion) throw new ChangedSinceReviewError(reviewedVersion)
    await tx.organisation.update({ where: { id: organisationId }, data: rule.data(organisation.version) })
    await recordAudit(tx, {
      actorId: staffId,
      action: rule.action,
      targetType: 'organisation',
      targetId: organisationId,
      reason,
      details: { version: organisation.version, previousStatus: organisation.status },
    })
    await notifyOrganisationMembers(tx, organisationId, rule.notification(organisation.name))
  })
}

/** Approves a submitted profile, or re-approves an approved one after its edits were reviewed. */
export function approveProfile(staffId: string, organisationId: string, reviewedVersion: number) {
  return decide(
    { staffId, organisationId, reviewedVersion },
    {
      move: 'approve',
      action: 'profile.approve',
      data: (version) => ({
        status: profileMoves.approve.to,
        approvedAt: new Date(),
        approvedVersion: version,
        rejectionReason: null,
      }),
      notification: (organisation) => ({
        kind: 'profile.approve',
        params: { organisation },
        link: '/organisation',
      }),
    },
  )
}

export function rejectProfile(
  staffId: string,
  organisationId: string,
  reason: string,
  reviewedVersion: number,
) {
  return decide(
    { staffId, organisationId, reason, reviewedVersion },
    {
      move: 'reject',
      action: 'profile.reject',
      data: () => ({ status: profileMoves.reject.to, rejectionReason: reason }),
      notification: (organisation) => ({
        kind: 'profile.reject',
        params: { organisation, reason },
        link: '/organisation',
      }),
    },
  )
}

/** Sends a submitted profile back to draft with what to change. */
export function requestChanges(
  staffId: string,
  organisationId: string,
  reason: string,
  reviewedVersion: number,
) {
  return decide(
    { staffId, organisationId, reason, reviewedVersion },
    {
      move: 'requestChanges',
      action: 'profile.request_changes',
      data: () => ({ status: profileMoves.requestChanges.to, rejectionReason: reason }),
      notification: (organisation) => ({
        kind: 'profile.request_changes',
        params: { organisation, reason },
        link: '/organisation/edit',
      }),
    },
  )
}

/** Hides an organisation from the directory and matching, whatever its status; the owner is told why. */
export async function suspendOrganisation(
  tx: Prisma.TransactionClient,
  { organisationId, reason }: { organisationId: string; reason: string },
) {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId } })
  if (!organisation) throw new DomainError(errorMessage('noSuchOrganisation'), 404)
  if (organisation.suspendedAt) throw new DomainError(errorMessage('alreadySuspended'))
  await tx.organisation.update({
    where: { id: organisationId },
    data: { suspendedAt: new Date(), suspensionReason: reason },
  })
  await notifyOrganisationMembers(tx, organisationId, {
    kind: 'organisation.suspend',
    params: { organisation: organisation.name, reason },
    link: '/organisation',
  })
}

export async function suspend(decision: Required<StaffDecision>) {
  await prisma.$transaction(async (tx) => {
    await suspendOrganisation(tx, decision)
    await recordAudit(tx, {
      actorId: decision.staffId,
      action: 'organisation.suspend',
      targetType: 'organisation',
      targetId: decision.organisationId,
      reason: decision.reason,
    })
  })
}

export async function restore({ staffId, organisationId, reason }: StaffDecision) {
  await prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId } })
    if (!organisation?.suspendedAt) throw new DomainError(errorMessage('notSuspended'))
    await tx.organisation.update({
      where: { id: organisationId },
      data: { suspendedAt: null, suspensionReason: null },
    })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'organisation.restore',
      targetType: 'organisation',
      targetId: organisationId,
      reason,
    })
    await notifyOrganisationMembers(tx, organisationId, {
      kind: 'organisation.restore',
      params: { organisation: organisation.name },
      link: '/organisation',
    })
  })
}
