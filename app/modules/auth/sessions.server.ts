import { prisma } from '~/utils/db.server'
import { lucia } from './lucia.server'

export type ActiveSession = {
  publicId: string
  createdAt: Date
  lastSeenAt: Date
  userAgent: string | null
  ipAddress: string | null
  current: boolean
}

/** The user's sessions that have not expired, most recently used first. */
export async function listActiveSessions(userId: string, currentSessionId: string): Promise<ActiveSession[]> {
  const sessions = await prisma.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, publicId: true, createdAt: true, lastSeenAt: true, userAgent: true, ipAddress: true },
  })
  return sessions.map(({ id, ...session }) => ({ ...session, current: id === currentSessionId }))
}

/** Ends one of the user's own sessions; false when it is not theirs (or already gone). */
export async function endOwnSession(userId: string, publicId: string): Promise<boolean> {
  const { count } = await prisma.session.deleteMany({ where: { publicId, userId } })
  return count > 0
}

/** Ends every session of the user but the one in use; returns how many ended. */
export async function endOtherSessions(userId: string, currentSessionId: string): Promise<number> {
  const { count } = await prisma.session.deleteMany({
    where: { userId, id: { not: currentSessionId } },
  })
  return count
}

export const endAllSessions = (userId: string) => lucia.invalidateUserSessions(userId)
