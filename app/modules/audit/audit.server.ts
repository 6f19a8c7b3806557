import type { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import type { AuditAction } from './audit-actions'

export { auditActions, type AuditAction } from './audit-actions'

export type AuditRecord = {
  actorId: string
  action: AuditAction
  targetType:
    | 'organisation'
    | 'report'
    | 'taxonomy'
    | 'user'
    | 'import'
    | 'lead'
    | 'introduction'
    | 'event'
    | 'registration'
    | 'meeting'
  targetId: string
  reason?: string | null
  details?: Prisma.InputJsonObject
}

export async function recordAudit(tx: Prisma.TransactionClient, record: AuditRecord) {
  await tx.auditEntry.create({
    data: {
      actorId: record.actorId,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      reason: record.reason ?? null,
      details: record.details ?? {},
    },
  })
}

export type AuditFilters = { action?: string; actor?: string; target?: string; page: number }
export const auditPageSize = 50

/** The log, newest first, filtered by action, actor (name or email) and target id. */
export async function listAuditEntries(filters: AuditFilters) {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.target ? { targetId: filters.target } : {}),
    ...(filters.actor
      ? {
          actor: {
            OR: [
              { email: { contains: filters.actor, mode: 'insensitive' } },
              { displayName: { contains: filters.actor, mode: 'insensitive' } },
            ],
          },
        }
      : {}),
  }
  const [entries, total] = await Promise.all([
    prisma.auditEntry.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: auditPageSize,
      skip: (filters.page - 1) * auditPageSize,
      include: { actor: { select: { displayName: true, email: true } } },
    }),
    prisma.auditEntry.count({ where }),
  ])
  return { entries, total, pageCount: Math.max(1, Math.ceil(total / auditPageSize)) }
}
