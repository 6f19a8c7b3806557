import type { Role } from '~/generated/prisma/enums'

export type { Role }

export const roles = ['member', 'staff', 'admin'] as const satisfies readonly Role[]

/** Admins are staff too: they moderate and, in addition, manage who is staff. */
export const hasStaffAccess = (role: Role) => role === 'staff' || role === 'admin'
export const hasAdminAccess = (role: Role) => role === 'admin'
