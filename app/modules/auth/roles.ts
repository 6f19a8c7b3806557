import type { Role } from '~/generated/prisma/enums'

export type { Role }

export const roles = ['member', 'staff', 'admin'] as const satisfies readonly Role[]

/** Admins are staff too: they moderate and, in addition, manage who is staff. Such accounts must use 2FA. */
export const hasStaffRole = (role: Role) => role === 'staff' || role === 'admin'
export const hasAdminRole = (role: Role) => role === 'admin'

export type RoleHolder = { role: Role; twoFactorEnabled: boolean }

/**
 * Whether this account acts as Centre staff now: the staff role with two-factor authentication on. Every
 * staff privilege, wherever it is checked (staff pages, other pairs' introductions, unapproved profiles,
 * every lead, exports), asks this; an account just granted the role has none until it enrols a second factor.
 */
export const actsAsStaff = (user: RoleHolder) => hasStaffRole(user.role) && user.twoFactorEnabled
export const actsAsAdmin = (user: RoleHolder) => hasAdminRole(user.role) && user.twoFactorEnabled
