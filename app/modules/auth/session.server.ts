import { errorMessage } from '~/modules/i18n/message-keys'
import { redirect } from '@remix-run/node'
import type { Session, User } from 'lucia'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { lucia } from './lucia.server'
import { hasAdminAccess, hasStaffAccess } from './roles'

export type AuthenticatedUser = User
export type RequestAuth = { user: User; session: Session; setCookie: string | null }

const hour = 60 * 60 * 1000

function outlivedAbsoluteLifetime(session: Session, now = Date.now()) {
  return now - session.createdAt.getTime() > getEnv().SESSION_ABSOLUTE_LIFETIME_HOURS * hour
}

/**
 * The user behind the request's session cookie, or null. `setCookie` carries a refreshed or cleared
 * cookie that the response must send back (see `withAuthCookie`).
 */
export async function getRequestAuth(
  request: Request,
): Promise<RequestAuth | { user: null; session: null; setCookie: string | null }> {
  const sessionId = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (!sessionId) return { user: null, session: null, setCookie: null }
  const { session, user } = await lucia.validateSession(sessionId)
  const blank = lucia.createBlankSessionCookie().serialize()
  if (!session) return { user: null, session: null, setCookie: blank }
  if (outlivedAbsoluteLifetime(session) || user.disabled) {
    await lucia.invalidateSession(session.id)
    return { user: null, session: null, setCookie: blank }
  }
  const setCookie = session.fresh ? lucia.createSessionCookie(session.id).serialize() : null
  // Until the authenticator code is given, the session opens nothing.
  if (session.secondFactorPending) return { user: null, session: null, setCookie }
  return { user, session, setCookie }
}

/** The session waiting for its second factor (the password was right), or null. */
export async function getPendingSecondFactor(request: Request) {
  const sessionId = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (!sessionId) return null
  const { session, user } = await lucia.validateSession(sessionId)
  if (!session?.secondFactorPending || user.disabled || outlivedAbsoluteLifetime(session)) return null
  return { session, user }
}

/**
 * Replaces a session with a new one under a new id (after the second factor, or after re-authenticating),
 * so that an id seen before is worth nothing after; returns the new cookie.
 */
export async function rotateSession(sessionId: string, userId: string, origin: SessionOrigin) {
  await lucia.invalidateSession(sessionId)
  return startSession(userId, origin)
}

export async function getOptionalUser(request: Request): Promise<User | null> {
  return (await getRequestAuth(request)).user
}

function loginRedirect(request: Request) {
  const url = new URL(request.url)
  const back = `${url.pathname}${url.search}`
  const query = back === '/' ? '' : `?${new URLSearchParams({ redirectTo: back })}`
  return redirect(`/login${query}`)
}

/** The signed-in user; anyone else is sent to log in and brought back afterwards. */
export async function requireAuth(request: Request): Promise<RequestAuth> {
  const auth = await getRequestAuth(request)
  if (!auth.user) throw loginRedirect(request)
  return auth
}

export async function requireUser(request: Request): Promise<User> {
  return (await requireAuth(request)).user
}

function forbidden(message: string) {
  return new Response(message, { status: 403, statusText: 'Forbidden' })
}

/**
 * Centre staff (and admins), with two-factor authentication on. Members get 403, visitors are sent to
 * log in, staff without 2FA are sent to set it up.
 */
export async function requireStaff(request: Request): Promise<User> {
  const user = await requireUser(request)
  if (!hasStaffAccess(user.role)) throw forbidden(errorMessage('staffOnly'))
  if (!user.twoFactorEnabled) throw redirect('/account/two-factor?required=staff')
  return user
}

/** Admins only: they manage who is staff. */
export async function requireAdmin(request: Request): Promise<User> {
  const user = await requireUser(request)
  if (!hasAdminAccess(user.role)) throw forbidden(errorMessage('adminOnly'))
  if (!user.twoFactorEnabled) throw redirect('/account/two-factor?required=staff')
  return user
}

/** For log-in and sign-up pages: someone already signed in goes on to where they were heading. */
export async function requireAnonymous(request: Request, redirectTo = '/'): Promise<void> {
  if (await getOptionalUser(request)) throw redirect(redirectTo)
}

export type SessionOrigin = { userAgent: string | null; ipAddress: string | null }

/**
 * Starts a new session (always a new id) and returns the cookie that carries it. A session waiting for
 * the second factor opens nothing until `completeSecondFactor`.
 */
export async function startSession(
  userId: string,
  origin: SessionOrigin,
  { secondFactorPending = false }: { secondFactorPending?: boolean } = {},
): Promise<string> {
  const session = await lucia.createSession(userId, {
    ...origin,
    createdAt: new Date(),
    lastSeenAt: new Date(),
    secondFactorPending,
  })
  return lucia.createSessionCookie(session.id).serialize()
}

/**
 * Until when the session behind this Cookie header stays as it is: valid, and not yet in the second half
 * of its idle timeout, where the next request extends it (and sends a new cookie). Null without a usable
 * session. A page kept ready for this cookie may be served until then (server/page-cache.ts).
 */
export async function sessionUnchangedUntil(cookieHeader: string): Promise<Date | null> {
  const sessionId = lucia.readSessionCookie(cookieHeader)
  if (!sessionId) return null
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, createdAt: true, secondFactorPending: true },
  })
  if (!session || session.secondFactorPending) return null
  const env = getEnv()
  const extendedFrom = session.expiresAt.getTime() - (env.SESSION_IDLE_TIMEOUT_HOURS * hour) / 2
  const endsAt = session.createdAt.getTime() + env.SESSION_ABSOLUTE_LIFETIME_HOURS * hour
  const until = Math.min(extendedFrom, endsAt)
  return until > Date.now() ? new Date(until) : null
}

/** Ends the request's session, if any, and returns the cookie that clears it. */
export async function endSession(request: Request): Promise<string> {
  const sessionId = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (sessionId) await lucia.invalidateSession(sessionId)
  return lucia.createBlankSessionCookie().serialize()
}

/** Only same-site paths are followed after login, never another site. */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = '/') {
  if (
    typeof target !== 'string' ||
    !target.startsWith('/') ||
    target.startsWith('//') ||
    target.startsWith('/\\')
  ) {
    return fallback
  }
  return target
}

/** What a user sees in their session list to recognise a session. */
export function sessionOriginOf(request: Request, clientIp: string | null): SessionOrigin {
  return { userAgent: request.headers.get('User-Agent')?.slice(0, 400) ?? null, ipAddress: clientIp }
}
