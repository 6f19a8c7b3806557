import { errorMessage } from '~/modules/i18n/message-keys'
import { redirect } from '@remix-run/node'
import type { Session, User } from 'lucia'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { lucia } from './lucia.server'
import { hasAdminRole, hasStaffRole } from './roles'

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
 * so that an id seen before is worth nothing after. The new session is as complete as the old one, or
 * complete when the second factor was just given; returns the new cookie.
 */
export async function rotateSession(
  sessionId: string,
  userId: string,
  origin: SessionOrigin,
  secondFactor?: SecondFactorProof,
) {
  const old = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { secondFactorPending: true },
  })
  await lucia.invalidateSession(sessionId)
  const stillPending = (old?.secondFactorPending ?? true) && secondFactor?.userId !== userId
  return createSession(userId, origin, stillPending)
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
  if (!hasStaffRole(user.role)) throw forbidden(errorMessage('staffOnly'))
  if (!user.twoFactorEnabled) throw redirect('/account/two-factor?required=staff')
  return user
}

/** Admins only: they manage who is staff. */
export async function requireAdmin(request: Request): Promise<User> {
  const user = await requireUser(request)
  if (!hasAdminRole(user.role)) throw forbidden(errorMessage('adminOnly'))
  if (!user.twoFactorEnabled) throw redirect('/account/two-factor?required=staff')
  return user
}

/** For log-in and sign-up pages: someone already signed in goes on to where they were heading. */
export async function requireAnonymous(request: Request, redirectTo = '/'): Promise<void> {
  if (await getOptionalUser(request)) throw redirect(redirectTo)
}

export type SessionOrigin = { userAgent: string | null; ipAddress: string | null }

declare const verified: unique symbol
/** Proof that this account's second factor was checked just now: only `checkSecondFactor` gives one. */
export type SecondFactorProof = { readonly userId: string; readonly [verified]: true }

export type StartedSession = { cookie: string; secondFactorPending: boolean }

/**
 * Starts a new session (always a new id) after the password, an emailed link or an invitation proved
 * who the person is. For an account with two-factor authentication on, the session opens nothing until
 * the second factor is given (/login/two-factor), unless `secondFactor` proves it was just now: no path
 * into the app skips it.
 */
export async function startSession(
  userId: string,
  origin: SessionOrigin,
  secondFactor?: SecondFactorProof,
): Promise<StartedSession> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } })
  const secondFactorPending = user.totpEnabledAt !== null && secondFactor?.userId !== userId
  return { cookie: await createSession(userId, origin, secondFactorPending), secondFactorPending }
}

async function createSession(userId: string, origin: SessionOrigin, secondFactorPending: boolean) {
  const session = await lucia.createSession(userId, {
    ...origin,
    createdAt: new Date(),
    lastSeenAt: new Date(),
    secondFactorPending,
  })
  return lucia.createSessionCookie(session.id).serialize()
}

/** Where a newly started session goes: to `to`, or first to the second factor, which then leads there. */
export function redirectIntoSession(started: StartedSession, to: string) {
  const headers = { 'Set-Cookie': started.cookie }
  if (!started.secondFactorPending) return redirect(to, { headers })
  return redirect(`/login/two-factor?${new URLSearchParams({ redirectTo: to })}`, { headers })
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

const ownOrigin = 'http://this-app.invalid'

/**
 * A path on this site to go to after logging in or switching language, or `fallback`. The target must
 * parse, against this site's origin, to this site's origin (browsers drop tabs and newlines and read
 * backslashes as slashes, so `/\t/evil.example` would leave the site): control characters and
 * backslashes are refused outright, and so is anything that resolves elsewhere.
 */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = '/') {
  if (typeof target !== 'string' || !target.startsWith('/') || target.length > 2000) return fallback
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback
  let url: URL
  try {
    url = new URL(target, ownOrigin)
  } catch {
    return fallback
  }
  if (url.origin !== ownOrigin || url.pathname.startsWith('//')) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/** What a user sees in their session list to recognise a session. */
export function sessionOriginOf(request: Request, clientIp: string | null): SessionOrigin {
  return { userAgent: request.headers.get('User-Agent')?.slice(0, 400) ?? null, ipAddress: clientIp }
}
