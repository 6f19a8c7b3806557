import { errorMessage } from '~/modules/i18n/message-keys'
import { describe, expect, test } from 'vitest'
import {
  anAccount,
  createTestAccount,
  createTestIntroduction,
  createTestOrganisation,
  createTestSession,
} from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { baseUrl, useBrowser, visit } from './browser'

const loginData = `/login?_data=routes%2Flogin`
const signupData = `/signup?_data=routes%2Fsignup`

function post(path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: baseUrl(), ...headers },
    body: new URLSearchParams(form),
  })
}

describe('requests and headers', () => {
  test('state-changing requests from another site, or from no site, are refused', async () => {
    const form = { email: 'someone@example.com', password: 'not the right one' }
    expect((await post(loginData, form, { Origin: 'https://evil.example' })).status).toBe(403)
    const noOrigin = await fetch(`${baseUrl()}${loginData}`, {
      method: 'POST',
      body: new URLSearchParams(form),
    })
    expect(noOrigin.status).toBe(403)
    const sameSite = await fetch(`${baseUrl()}${loginData}`, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'same-origin' },
      body: new URLSearchParams(form),
    })
    expect(sameSite.status).toBe(400)
    expect((await post(loginData, form)).status).toBe(400)
  })

  test('a body over the limit is refused with 413 before it is read', async () => {
    const response = await post(signupData, {
      displayName: 'x'.repeat(1_100_000),
      email: 'big@example.com',
      password: 'x',
    })
    expect(response.status).toBe(413)
    expect(await prisma.user.count({ where: { email: 'big@example.com' } })).toBe(0)
  })

  test('every response carries the security headers', async () => {
    const response = await fetch(`${baseUrl()}/login`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive)
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  test('/healthz says the process is up; /readyz that the database and migrations are ready', async () => {
    expect(await (await fetch(`${baseUrl()}/healthz`)).json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${baseUrl()}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })
})

describe('authentication defences', () => {
  test('after 10 failed log-ins an account is locked for a while, even with the right password; others are not', async () => {
    const target = await createTestAccount()
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await post(loginData, { email: target.email, password: 'a wrong password!' })
      expect(response.status).toBe(400)
    }
    const locked = await post(loginData, { email: target.email, password: target.password })
    expect(locked.status).toBe(429)
    // The reply carries the message as a key; the page writes it in the reader's language.
    expect(JSON.stringify(await locked.json())).toContain(
      JSON.stringify(errorMessage('tooManyAttempts', { minutes: 15 })).slice(1, -1),
    )
    // An address nobody registered is limited in exactly the same way: the limit reveals nothing.
    const nobody = anAccount().email
    for (let attempt = 0; attempt < 10; attempt++)
      await post(loginData, { email: nobody, password: 'guess guess guess' })
    expect((await post(loginData, { email: nobody, password: 'guess guess guess' })).status).toBe(429)

    const other = await createTestAccount()
    const fine = await post(loginData, { email: other.email, password: other.password })
    expect(fine.status).toBe(204)
  })

  test('sign-up refuses common passwords and robots that fill the hidden field, saving nothing', async () => {
    const common = anAccount({ password: 'qwerty123456' })
    const refused = await post(signupData, { ...common })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain(errorMessage('passwordCommon'))

    const robot = anAccount()
    const trapped = await post(signupData, { ...robot, company_fax: '+32 2 000 00 00' })
    expect(trapped.status).toBe(400)
    expect(await prisma.user.count({ where: { email: { in: [common.email, robot.email] } } })).toBe(0)
  })
})

describe('contact forms', () => {
  test('an introduction request that fills the hidden field is refused and nothing is sent', async () => {
    const from = await createTestOrganisation({ country: 'DE' })
    const to = await createTestOrganisation({ country: 'JP' })
    const cookie = await createTestSession(from.member.id, 'robot')
    const form = {
      purpose: 'joint-rd',
      message: 'A perfectly ordinary message from a robot that fills every field.',
      timeZone: 'Europe/Brussels',
    }
    const trapped = await post(
      `/introductions/new?to=${to.organisation.slug}&_data=routes%2Fintroductions.new`,
      { ...form, company_fax: '+49 30 000' },
      { Cookie: cookie },
    )
    expect(trapped.status).toBe(400)
    expect(
      await prisma.introductionRequest.count({ where: { fromOrganisationId: from.organisation.id } }),
    ).toBe(0)
    const sent = await post(
      `/introductions/new?to=${to.organisation.slug}&_data=routes%2Fintroductions.new`,
      form,
      { Cookie: cookie },
    )
    expect(sent.status).toBe(204)
    expect(
      await prisma.introductionRequest.count({ where: { fromOrganisationId: from.organisation.id } }),
    ).toBe(1)
  })
})

describe('hostile input', () => {
  const { loggedInPage } = useBrowser()
  const payload = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">`

  test('script in every text field of a profile and a request comes back as text, never run', async () => {
    const hostile = await createTestOrganisation({
      name: `Evil ${payload}`.slice(0, 120),
      city: `Town ${payload}`.slice(0, 80),
      description: `We recycle batteries. ${payload} ${payload}`,
      contact: { name: `Mallory ${payload}`.slice(0, 100), email: 'mallory@evil.example' },
    })
    const target = await createTestOrganisation({ country: 'JP' })
    const introductionId = await createTestIntroduction(hostile, target, {
      message: `Let us meet. ${payload}`,
    })
    const page = await loggedInPage(target.member.email, target.member.password)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    for (const path of [
      `/organisations/${hostile.organisation.slug}`,
      `/directory?q=Evil`,
      `/introductions/${introductionId}`,
      '/introductions',
      '/notifications',
    ]) {
      await visit(page, path)
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
      expect(await page.locator('main img[src="x"]').count()).toBe(0)
    }
    await visit(page, `/introductions/${introductionId}`)
    expect(
      await page.getByText('<script>window.__xss = 1</script>', { exact: false }).count(),
    ).toBeGreaterThan(0)
    expect(dialogs).toEqual([])
  })

  test('SQL in search and filters is just text: normal answers, nothing changed', async () => {
    const page = await loggedInPage(...(await memberCredentials()))
    const before = await prisma.organisation.count()
    for (const query of [
      `q=${encodeURIComponent("' OR 1=1 --")}`,
      `q=${encodeURIComponent('"; DROP TABLE "Organisation"; --')}`,
      `material=${encodeURIComponent("lithium' OR '1'='1")}`,
      `region=${encodeURIComponent("eu'--")}&sort=${encodeURIComponent('name; DELETE FROM "User"')}`,
      `page=${encodeURIComponent('1 OR 1=1')}`,
    ]) {
      const response = await visit(page, `/directory?${query}`)
      expect(response?.status()).toBe(200)
      await page.getByRole('heading', { name: 'Directory' }).waitFor()
    }
    const response = await fetch(`${baseUrl()}/organisations/${encodeURIComponent("x' OR '1'='1")}`, {
      headers: { Cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
    })
    expect(response.status).toBe(404)
    expect(await prisma.organisation.count()).toBe(before)
  })
})

async function memberCredentials(): Promise<[string, string]> {
  const member = await createTestAccount()
  return [member.email, member.password]
}
