import { errorMessage } from '~/modules/i18n/message-keys'
import type { ReportReason } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { isUniqueViolation } from '~/utils/prisma-errors.server'
import { recordAudit } from '~/modules/audit/audit.server'
import { suspendOrganisation } from './moderation.server'
import { DomainError } from '~/utils/domain-error'

/** Any signed-in user reports a profile once per reason; never their own organisation's. */
export async function fileReport(input: {
  reporterId: string
  organisationId: string
  reason: ReportReason
  comment: string
}) {
  const ownMembership = await prisma.organisationMember.findUnique({ where: { userId: input.reporterId } })
  if (ownMembership?.organisationId === input.organisationId)
    throw new DomainError(errorMessage('ownReport'), 400)
  try {
    return await prisma.report.create({ data: input })
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(errorMessage('alreadyReported'))
    throw error
  }
}

export function openReports() {
  return prisma.report.findMany({
    where: { status: 'open' },
    orderBy: { createdAt: 'asc' },
    include: {
      organisation: { select: { id: true, name: true, nameJa: true, slug: true, suspendedAt: true } },
      reporter: { select: { displayName: true, email: true } },
    },
  })
}

/** Closes a report, either dismissing it or suspending the organisation; one audit entry either way. */
export async function resolveReport(input: {
  staffId: string
  reportId: string
  outcome: 'dismiss' | 'suspend'
  note: string
}) {
  await prisma.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.reportId } })
    if (!report || report.status !== 'open') throw new DomainError(errorMessage('reportResolved'))
    if (input.outcome === 'suspend') {
      await suspendOrganisation(tx, {
        organisationId: report.organisationId,
        reason: input.note,
      })
    }
    await tx.report.update({
      where: { id: report.id },
      data: {
        status: input.outcome === 'suspend' ? 'actioned' : 'dismissed',
        resolvedById: input.staffId,
        resolutionNote: input.note,
        resolvedAt: new Date(),
      },
    })
    await recordAudit(tx, {
      actorId: input.staffId,
      action: input.outcome === 'suspend' ? 'report.suspend' : 'report.dismiss',
      targetType: 'report',
      targetId: report.id,
      reason: input.note,
      details: { organisationId: report.organisationId, reportReason: report.reason },
    })
  })
}
