import { errorMessage } from '~/modules/i18n/message-keys'
import type { Prisma } from '~/generated/prisma/client'
import type { Role } from '~/generated/prisma/enums'
import { hasAdminRole } from '~/modules/auth/roles'
import { prisma } from '~/utils/db.server'
import { recordAudit } from '~/modules/audit/audit.server'
import { DomainError } from '~/utils/domain-error'
import type { AccountState } from './account-states'

type Actor = { id: string; role: Role }

export type AccountFilters = {
  query: string
  role?: Role
  state?: AccountState
  page: number
}
export const accountPageSize = 25

/**
 * Staff disable and enable members; staff accounts and admins only an admin may; nobody themselves. The
 * page offers only what this allows, and the actions below refuse the rest.
 */
export const mayManageAccount = (actor: Actor, target: { id: string; role: Role }) =>
  actor.id !== target.id && (target.role === 'member' || hasAdminRole(actor.role))

/** Accounts matching a name or email, a role and a state, staff first then the newest, a page at a time. */
export async function listAccounts(actor: Actor, filters: AccountFilters) {
  const { query, role, state, page } = filters
  const where: Prisma.UserWhereInput = {
    ...(query
      ? {
          OR: [
            { email: { contains: query, mode: 'insensitive' } },
            { displayName: { contains: query, mode: 'insensitive' } },
            { membership: { organisation: { name: { contains: query, mode: 'insensitive' } } } },
          ],
        }
      : {}),
    ...(role ? { role } : {}),
    ...(state === 'disabled'
      ? { disabledAt: { not: null } }
      : state === 'active'
        ? { disabledAt: null }
        : {}),
  }
  const [total, accounts] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy: [{ role: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * accountPageSize,
      take: accountPageSize,
      select: {
        id: true,
        email: true,
        displayName: true,
        role: true,
        disabledAt: true,
        disabledReason: true,
        membership: { select: { organisation: { select: { name: true, nameJa: true } } } },
      },
    }),
  ])
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / accountPageSize)),
    accounts: accounts.map((account) => ({ ...account, manageable: mayManageAccount(actor, account) })),
  }
}

/**
 * The account, locked until the transaction ends: two staff acting on it at once (a disable and a role
 * change, or two disables) take turns, so each decides on what the other left, not on a stale read.
 */
async function lockedAccount(tx: Prisma.TransactionClient, userId: string) {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`
  return tx.user.findUnique({ where: { id: userId } })
}

/** Only admins change roles, and never their own (so that the last admin cannot lock everyone out). */
export async function changeRole(actor: Actor, userId: string, role: Role) {
  if (!hasAdminRole(actor.role)) throw new DomainError(errorMessage('adminsChangeRoles'), 403)
  if (actor.id === userId) throw new DomainError(errorMessage('ownRole'), 403)
  await prisma.$transaction(async (tx) => {
    const user = await lockedAccount(tx, userId)
    if (!user) throw new DomainError(errorMessage('noSuchAccount'), 404)
    if (user.role === role) throw new DomainError(errorMessage('sameRole'))
    await tx.user.update({ where: { id: userId }, data: { role } })
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.role',
      targetType: 'user',
      targetId: userId,
      details: { from: user.role, to: role },
    })
  })
}

/**
 * Disables an account and ends all its sessions at once. Staff disable members; only admins disable
 * staff or other admins; nobody disables themselves.
 */
export async function disableAccount(actor: Actor, userId: string, reason: string) {
  if (actor.id === userId) throw new DomainError(errorMessage('ownAccount'), 403)
  await prisma.$transaction(async (tx) => {
    const user = await lockedAccount(tx, userId)
    if (!user) throw new DomainError(errorMessage('noSuchAccount'), 404)
    if (user.disabledAt) throw new DomainError(errorMessage('alreadyDisabled'))
    if (!mayManageAccount(actor, user)) throw new DomainError(errorMessage('adminsDisableStaff'), 403)
    await tx.user.update({ where: { id: userId }, data: { disabledAt: new Date(), disabledReason: reason } })
    await tx.session.deleteMany({ where: { userId } })
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.disable',
      targetType: 'user',
      targetId: userId,
      reason,
    })
  })
}

export async function enableAccount(actor: Actor, userId: string) {
  await prisma.$transaction(async (tx) => {
    const user = await lockedAccount(tx, userId)
    if (!user?.disabledAt) throw new DomainError(errorMessage('notDisabled'))
    if (!mayManageAccount(actor, user)) throw new DomainError(errorMessage('adminsEnableStaff'), 403)
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null, disabledReason: null } })
    await recordAudit(tx, { actorId: actor.id, action: 'user.enable', targetType: 'user', targetId: userId })
  })
}
