import { describe, expect, test } from 'vitest'
import { createTestAccount, createTestSession } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import {
  endSession,
  getRequestAuth,
  requireAdmin,
  requireStaff,
  requireUser,
  safeRedirectPath,
  sessionUnchangedUntil,
  startSession,
} from './session.server'

const origin = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36',
  ipAddress: '192.0.2.1',
}

function requestWithCookie(setCookie: string, url = 'http://localhost/somewhere') {
  const cookie = setCookie.split(';')[0] ?? ''
  return new Request(url, { headers: { Cookie: cookie } })
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Response) return error
    throw error
  }
  throw new Error('expected the call to throw a response')
}

describe('sessions', () => {
  test('the session cookie is HttpOnly, SameSite=Lax, for the whole site', async () => {
    const user = await createTestAccount()
    const cookie = (await startSession(user.id, origin)).cookie
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//)
  })

  test('a started session identifies its user and records where it came from', async () => {
    const user = await createTestAccount()
    const auth = await getRequestAuth(requestWithCookie((await startSession(user.id, origin)).cookie))
    expect(auth.user).toMatchObject({ id: user.id, email: user.email, role: 'member' })
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: auth.session!.id } })
    expect(stored).toMatchObject({ userAgent: origin.userAgent, ipAddress: origin.ipAddress })
  })

  test('each login gets a new session id', async () => {
    const user = await createTestAccount()
    expect((await startSession(user.id, origin)).cookie).not.toBe(
      (await startSession(user.id, origin)).cookie,
    )
  })

  test('a session past its idle timeout is refused and the cookie cleared', async () => {
    const user = await createTestAccount()
    const request = requestWithCookie((await startSession(user.id, origin)).cookie)
    await prisma.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    const auth = await getRequestAuth(request)
    expect(auth.user).toBeNull()
    expect(auth.setCookie).toMatch(/Max-Age=0/i)
  })

  test('a session past its absolute lifetime is refused and deleted, even if recently used', async () => {
    const user = await createTestAccount()
    const request = requestWithCookie((await startSession(user.id, origin)).cookie)
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000)
    await prisma.session.updateMany({ where: { userId: user.id }, data: { createdAt: longAgo } })
    expect((await getRequestAuth(request)).user).toBeNull()
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
  })

  test('a session stays unchanged until the second half of its idle timeout or its absolute end', async () => {
    const user = await createTestAccount()
    const cookie = (await startSession(user.id, origin)).cookie.split(';')[0]!
    const hour = 60 * 60 * 1000
    const stored = await prisma.session.findFirstOrThrow({ where: { userId: user.id } })
    // Idle timeout 7 days (extended from its second half on), absolute lifetime 30 days.
    expect((await sessionUnchangedUntil(cookie))?.getTime()).toBe(stored.expiresAt.getTime() - 84 * hour)

    const createdLongAgo = new Date(Date.now() - (30 * 24 - 1) * hour)
    await prisma.session.update({ where: { id: stored.id }, data: { createdAt: createdLongAgo } })
    expect((await sessionUnchangedUntil(cookie))?.getTime()).toBe(createdLongAgo.getTime() + 30 * 24 * hour)

    await prisma.session.update({
      where: { id: stored.id },
      data: { createdAt: new Date(), expiresAt: new Date(Date.now() + 80 * hour) },
    })
    expect(await sessionUnchangedUntil(cookie)).toBeNull()

    await prisma.session.update({
      where: { id: stored.id },
      data: { expiresAt: new Date(Date.now() + 7 * 24 * hour), secondFactorPending: true },
    })
    expect(await sessionUnchangedUntil(cookie)).toBeNull()
    expect(await sessionUnchangedUntil('session=unknown')).toBeNull()
    expect(await sessionUnchangedUntil('')).toBeNull()
  })

  test('ending a session makes its cookie worthless', async () => {
    const user = await createTestAccount()
    const request = requestWithCookie((await startSession(user.id, origin)).cookie)
    expect(await endSession(request)).toMatch(/Max-Age=0/i)
    expect((await getRequestAuth(request)).user).toBeNull()
  })
})

describe('authorisation helpers', () => {
  test('a visitor is sent to log in and brought back to the page afterwards', async () => {
    const response = await thrown(requireUser(new Request('http://localhost/staff?tab=queue')))
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('/login?redirectTo=%2Fstaff%3Ftab%3Dqueue')
  })

  test('a member is refused staff and admin access with 403', async () => {
    const member = await createTestAccount()
    const request = requestWithCookie((await startSession(member.id, origin)).cookie)
    expect((await thrown(requireStaff(request))).status).toBe(403)
    expect((await thrown(requireAdmin(request))).status).toBe(403)
    expect((await requireUser(request)).id).toBe(member.id)
  })

  test('staff pass requireStaff but not requireAdmin; admins pass both', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const staffRequest = requestWithCookie(await createTestSession(staff.id))
    expect((await requireStaff(staffRequest)).id).toBe(staff.id)
    expect((await thrown(requireAdmin(staffRequest))).status).toBe(403)

    const admin = await createTestAccount({ role: 'admin' })
    const adminRequest = requestWithCookie(await createTestSession(admin.id))
    expect((await requireStaff(adminRequest)).id).toBe(admin.id)
    expect((await requireAdmin(adminRequest)).id).toBe(admin.id)
  })

  test('only same-site paths are followed after login', () => {
    expect(safeRedirectPath('/account/sessions')).toBe('/account/sessions')
    expect(safeRedirectPath('https://evil.example')).toBe('/')
    expect(safeRedirectPath('//evil.example')).toBe('/')
    expect(safeRedirectPath('/\\evil.example')).toBe('/')
    expect(safeRedirectPath(null)).toBe('/')
  })

  test.each([
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\t\t/evil.example',
    '\t//evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    '/./\\evil.example',
    '/.//evil.example',
    '///evil.example',
    'http:/evil.example',
    'javascript:alert(1)',
    '/\u0000/evil.example',
    ' /evil',
  ])('a target that leaves the site is refused: %j', (target) => {
    expect(safeRedirectPath(target)).toBe('/')
  })

  test('paths on this site keep their query and fragment; encoded slashes stay on the site', () => {
    expect(safeRedirectPath('/directory?q=magnet&region=japan#results')).toBe(
      '/directory?q=magnet&region=japan#results',
    )
    expect(safeRedirectPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example')
    expect(safeRedirectPath('/%09/evil.example')).toBe('/%09/evil.example')
  })
})
