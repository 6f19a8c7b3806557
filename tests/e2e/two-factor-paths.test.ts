/**
 * Every way into a session, for an account with two-factor authentication on: none of them opens the
 * app before the second factor. And staff privileges need that second factor wherever they are checked.
 */
import { describe, expect, test } from 'vitest'
import {
  anAccount,
  createTestAccount,
  createTestIntroduction,
  createTestOrganisation,
  createTestSession,
} from '../../prisma/seed/builders'
import { demoTotpSecret } from '../../prisma/seed/demo-data'
import { createAccount } from '~/modules/auth/accounts.server'
import { issueEmailToken } from '~/modules/auth/email-tokens.server'
import { emailPasswordResetLink } from '~/modules/auth/password-reset.server'
import { totpCodeFor } from '~/modules/auth/two-factor.server'
import { prisma } from '~/utils/db.server'
import { baseUrl } from './browser'

function post(path: string, form: Record<string, string>, cookie?: string) {
  return fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: baseUrl(), ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(form),
  })
}

const get = (path: string, cookie?: string) =>
  fetch(`${baseUrl()}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} })

const sessionCookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? null

/** Whether this cookie opens the app: a page for signed-in people answers instead of sending to log in. */
async function opensTheApp(cookie: string | null) {
  if (!cookie) return false
  return (await get('/account/security', cookie)).status === 200
}

async function accountWithTwoFactor(overrides: { emailVerified?: boolean } = {}) {
  const account = anAccount()
  const user = await createAccount({ ...account, totpSecret: demoTotpSecret, ...overrides })
  return { ...user, password: account.password }
}

async function passSecondFactor(cookie: string, redirectTo: string) {
  // A code of the next step is accepted early, and one not yet used by this (fresh) account.
  const code = totpCodeFor(demoTotpSecret, Date.now() + 30_000)
  return post('/login/two-factor', { code, redirectTo }, cookie)
}

describe('an account with two-factor authentication on', () => {
  test('log-in: the password alone opens nothing', async () => {
    const account = await accountWithTwoFactor()
    const response = await post('/login', { email: account.email, password: account.password })
    expect(response.headers.get('location')).toMatch(/^\/login\/two-factor\?/)
    expect(await opensTheApp(sessionCookieOf(response))).toBe(false)
  })

  test('password reset: the emailed link sets the password but the session still waits for the code', async () => {
    const account = await accountWithTwoFactor()
    await emailPasswordResetLink(account.email)
    const email = await prisma.emailMessage.findFirstOrThrow({
      where: { toAddress: account.email },
      orderBy: { createdAt: 'desc' },
    })
    const path = email.text.match(/\/reset-password\/[A-Za-z0-9_-]+/)![0]
    const reset = await post(path, { password: 'a brand new copper kettle' })
    expect(reset.status).toBe(302)
    expect(reset.headers.get('location')).toBe(
      `/login/two-factor?${new URLSearchParams({ redirectTo: '/?password=reset' })}`,
    )
    const pending = sessionCookieOf(reset)
    expect(await opensTheApp(pending)).toBe(false)

    const completed = await passSecondFactor(pending!, '/?password=reset')
    expect(completed.headers.get('location')).toBe('/?password=reset')
    expect(await opensTheApp(sessionCookieOf(completed))).toBe(true)
  })

  test('sign-up verification: confirming the address does not skip the second factor', async () => {
    const account = await accountWithTwoFactor({ emailVerified: false })
    const token = await prisma.$transaction((tx) =>
      issueEmailToken(tx, { userId: account.id, purpose: 'verify_email' }),
    )
    const verified = await post(`/verify-email/${token}`, {})
    expect(verified.headers.get('location')).toMatch(/^\/login\/two-factor\?/)
    expect(await opensTheApp(sessionCookieOf(verified))).toBe(false)
  })

  test('email change confirmation and invitations start no session of their own', async () => {
    const account = await accountWithTwoFactor()
    const token = await prisma.$transaction((tx) =>
      issueEmailToken(tx, { userId: account.id, purpose: 'change_email', newEmail: anAccount().email }),
    )
    const confirmed = await post(`/confirm-email/${token}`, {})
    expect(confirmed.status).toBe(200)
    expect(await opensTheApp(sessionCookieOf(confirmed))).toBe(false)

    // Accepting an invitation needs a session; a session waiting for its code is sent to log in.
    const login = await post('/login', { email: account.email, password: account.password })
    const pending = sessionCookieOf(login)!
    const invitation = await get('/organisation/new', pending)
    expect(invitation.status).toBe(302)
    expect(invitation.headers.get('location')).toMatch(/^\/login/)
  })

  test('starting a new enrolment leaves two-factor on; replacing it needs the password and a code', async () => {
    const member = await accountWithTwoFactor()
    const cookie = await createTestSession(member.id)
    expect((await post('/account/two-factor', { intent: 'start' }, cookie)).status).toBe(400)
    expect(
      (await post('/account/two-factor', { intent: 'replace', password: 'wrong', code: '123456' }, cookie))
        .status,
    ).toBe(400)
    const user = await prisma.user.findUniqueOrThrow({ where: { id: member.id } })
    expect(user).toMatchObject({ totpSecret: demoTotpSecret, totpPendingSecret: null })
    expect(user.totpEnabledAt).not.toBeNull()
    const login = await post('/login', { email: member.email, password: member.password })
    expect(login.headers.get('location')).toMatch(/^\/login\/two-factor/)
  })
})

describe('staff privileges need the second factor wherever they are checked', () => {
  test('an account just granted staff, without two-factor, sees nothing of staff outside /staff either', async () => {
    const grantedStaff = await createAccount({ ...anAccount(), role: 'staff' })
    const cookie = await createTestSession(grantedStaff.id)
    const eu = await createTestOrganisation({ country: 'DE' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const id = await createTestIntroduction(eu, jp)
    const submitted = await createTestOrganisation({ country: 'FR', status: 'submitted' })

    expect((await get(`/introductions/${id}`, cookie)).status).toBe(404)
    expect(
      (await post(`/introductions/${id}`, { intent: 'note', body: 'A staff note.' }, cookie)).status,
    ).toBe(404)
    expect((await get(`/organisations/${submitted.organisation.slug}`, cookie)).status).toBe(404)
    expect((await get('/staff', cookie)).headers.get('location')).toBe('/account/two-factor?required=staff')
    expect((await get('/directory/export.csv', cookie)).status).not.toBe(200)
    expect(await prisma.introductionNote.count({ where: { introductionId: id } })).toBe(0)

    // The same account with two-factor on is staff everywhere.
    const staff = await createTestAccount({ role: 'staff' })
    const staffCookie = await createTestSession(staff.id)
    expect((await get(`/introductions/${id}`, staffCookie)).status).toBe(200)
    expect((await get(`/organisations/${submitted.organisation.slug}`, staffCookie)).status).toBe(200)
  })
})

describe('the development outbox', () => {
  test('shows an account-acting link only to the account it was sent to', async () => {
    const admin = await createTestAccount({ role: 'admin' })
    const staff = await createTestAccount({ role: 'staff' })
    await emailPasswordResetLink(admin.email)
    const email = await prisma.emailMessage.findFirstOrThrow({
      where: { toAddress: admin.email },
      orderBy: { createdAt: 'desc' },
    })
    const token = email.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/)![1]!
    const asStaff = await (await get('/dev/outbox', await createTestSession(staff.id))).text()
    expect(asStaff).toContain(email.subject)
    expect(asStaff).not.toContain(token)
    const asAdmin = await (await get('/dev/outbox', await createTestSession(admin.id))).text()
    expect(asAdmin).toContain(token)

    // The HTML part follows the same rule, and is served so that nothing in it runs.
    const htmlAsStaff = await get(`/dev/outbox/${email.id}.html`, await createTestSession(staff.id))
    expect(htmlAsStaff.status).toBe(404)
    expect(await htmlAsStaff.text()).not.toContain(token)
    const htmlAsAdmin = await get(`/dev/outbox/${email.id}.html`, await createTestSession(admin.id))
    expect(htmlAsAdmin.status).toBe(200)
    expect(htmlAsAdmin.headers.get('content-security-policy')).toContain('sandbox')
    // Its inline styles may apply there, and nowhere else.
    expect(htmlAsAdmin.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'")
    const outboxPage = await get('/dev/outbox', await createTestSession(admin.id))
    expect(outboxPage.headers.get('content-security-policy')).not.toContain('unsafe-inline')
    expect(htmlAsAdmin.headers.get('x-content-type-options')).toBe('nosniff')
    expect(htmlAsAdmin.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await htmlAsAdmin.text()).toContain(token)
  })
})
