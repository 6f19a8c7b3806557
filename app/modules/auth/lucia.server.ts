import { Lucia, TimeSpan } from 'lucia'
import { isLocale } from '~/modules/i18n/locales'
import { getEnv, isProduction } from '~/utils/env.server'
import {
  luciaPrismaAdapter,
  type SessionAttributes,
  type UserAttributes,
} from './lucia-prisma-adapter.server'

/**
 * Lucia's `sessionExpiresIn` is our idle timeout: a session used within it is extended, one left
 * unused expires. The absolute lifetime is enforced in session.server.ts.
 */
function createLucia() {
  const production = isProduction()
  return new Lucia(luciaPrismaAdapter, {
    sessionExpiresIn: new TimeSpan(getEnv().SESSION_IDLE_TIMEOUT_HOURS, 'h'),
    sessionCookie: {
      // `__Host-` binds the cookie to our exact host over HTTPS; browsers refuse it on plain HTTP.
      name: production ? '__Host-session' : 'session',
      expires: true,
      attributes: { secure: production, sameSite: 'lax' },
    },
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      displayName: attributes.displayName,
      role: attributes.role,
      disabled: attributes.disabledAt !== null,
      locale: isLocale(attributes.locale) ? attributes.locale : null,
      timeZone: attributes.timeZone,
      twoFactorEnabled: attributes.totpEnabledAt !== null,
    }),
    getSessionAttributes: (attributes) => ({
      createdAt: attributes.createdAt,
      lastSeenAt: attributes.lastSeenAt,
      userAgent: attributes.userAgent,
      ipAddress: attributes.ipAddress,
      secondFactorPending: attributes.secondFactorPending,
    }),
  })
}

export const lucia = createLucia()

declare module 'lucia' {
  interface Register {
    Lucia: typeof lucia
    DatabaseSessionAttributes: SessionAttributes
    DatabaseUserAttributes: UserAttributes
  }
}
