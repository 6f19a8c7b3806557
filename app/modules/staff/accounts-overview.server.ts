import type { Role } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { roles } from '~/modules/auth/roles'

/** How many accounts hold each role (every role listed, zero included). */
export async function countAccountsByRole(): Promise<Record<Role, number>> {
  const groups = await prisma.user.groupBy({ by: ['role'], _count: { _all: true } })
  const counts = Object.fromEntries(roles.map((role) => [role, 0])) as Record<Role, number>
  for (const group of groups) counts[group.role] = group._count._all
  return counts
}

/** Staff and admin accounts, admins first, for the administrators' overview. */
export function listStaffAccounts() {
  return prisma.user.findMany({
    where: { role: { in: ['staff', 'admin'] } },
    orderBy: [{ role: 'desc' }, { displayName: 'asc' }],
    select: { id: true, displayName: true, email: true, role: true, createdAt: true },
  })
}
