import type { Adapter, DatabaseSession, DatabaseUser } from 'lucia'
import type { Role } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'

export type SessionAttributes = {
  createdAt: Date
  lastSeenAt: Date
  userAgent: string | null
  ipAddress: string | null
  secondFactorPending: boolean
}
export type UserAttributes = {
  email: string
  displayName: string
  role: Role
  disabledAt: Date | null
  locale: string | null
  timeZone: string | null
  totpEnabledAt: Date | null
}

type SessionRow = SessionAttributes & { id: string; userId: string; expiresAt: Date }

const userSelect = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  disabledAt: true,
  locale: true,
  timeZone: true,
  totpEnabledAt: true,
} as const

function toDatabaseSession({ id, userId, expiresAt, ...attributes }: SessionRow): DatabaseSession {
  return { id, userId, expiresAt, attributes }
}

/**
 * Lucia v3's adapter over our Prisma 7 client (the published Prisma adapter targets Prisma 4-5).
 * Besides the expiry, a session records when it began (for the absolute lifetime) and when it was
 * last extended, the browser and the address, so a user can recognise it in their session list.
 */
export const luciaPrismaAdapter: Adapter = {
  async getSessionAndUser(sessionId) {
    const row = await prisma.session.findUnique({
      where: { id: sessionId },
      include: { user: { select: userSelect } },
    })
    if (!row) return [null, null]
    const { user, ...session } = row
    const { id, ...attributes } = user
    const databaseUser: DatabaseUser = { id, attributes }
    return [toDatabaseSession(session), databaseUser]
  },

  async getUserSessions(userId) {
    const rows = await prisma.session.findMany({ where: { userId }, orderBy: { lastSeenAt: 'desc' } })
    return rows.map(toDatabaseSession)
  },

  async setSession(session) {
    const attributes = session.attributes as Partial<SessionAttributes>
    await prisma.session.create({
      data: {
        id: session.id,
        userId: session.userId,
        expiresAt: session.expiresAt,
        userAgent: attributes.userAgent ?? null,
        ipAddress: attributes.ipAddress ?? null,
        secondFactorPending: attributes.secondFactorPending ?? false,
      },
    })
  },

  async updateSessionExpiration(sessionId, expiresAt) {
    await prisma.session.updateMany({
      where: { id: sessionId },
      data: { expiresAt, lastSeenAt: new Date() },
    })
  },

  async deleteSession(sessionId) {
    await prisma.session.deleteMany({ where: { id: sessionId } })
  },

  async deleteUserSessions(userId) {
    await prisma.session.deleteMany({ where: { userId } })
  },

  async deleteExpiredSessions() {
    await prisma.session.deleteMany({ where: { expiresAt: { lte: new Date() } } })
  },
}
