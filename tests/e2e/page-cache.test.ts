import { describe, expect, test } from 'vitest'
import { createTestOrganisation, createTestSession } from '../../prisma/seed/builders'
import { testMetricsToken } from '../setup/app-server.global'
import { prisma } from '~/utils/db.server'
import { baseUrl } from './browser'

// The suggestions page is kept ready per viewer until its data changes (server/page-cache.ts, ADR 012).

async function signedIn() {
  const party = await createTestOrganisation({ country: 'FR' })
  const cookie = await createTestSession(party.member.id)
  return { ...party, cookie }
}

async function suggestionsPage(cookie: string) {
  const response = await fetch(`${baseUrl()}/suggestions`, {
    headers: { Cookie: cookie },
    redirect: 'manual',
  })
  return {
    status: response.status,
    kept: response.headers.get('x-page-cache'),
    nonce: response.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1],
    setCookie: response.headers.get('set-cookie'),
    location: response.headers.get('location'),
    html: await response.text(),
  }
}

/** Asks again until `done` holds (pages are kept, and forgotten on other servers' changes, shortly after). */
async function eventually<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const answer = await ask()
    if (done(answer)) return answer
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('The expected answer never came.')
}

const keptPage = (cookie: string) =>
  eventually(
    () => suggestionsPage(cookie),
    (page) => page.kept === 'hit',
  )
const suggestedSlugs = (html: string) =>
  [...html.matchAll(/<h3[^>]*><a [^>]*href="\/organisations\/([^"]+)"/g)].map((match) => match[1]!)

function post(path: string, cookie: string, form: Record<string, string>) {
  return fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: cookie, Origin: baseUrl() },
    body: new URLSearchParams(form),
  })
}

describe('pages kept ready', () => {
  test('a kept page is served to its viewer alone, each time with a new CSP nonce', async () => {
    const viewer = await signedIn()
    const other = await signedIn()
    const first = await suggestionsPage(viewer.cookie)
    expect(first).toMatchObject({ status: 200, kept: 'miss' })
    expect(first.html).toContain(viewer.organisation.name)

    const kept = await keptPage(viewer.cookie)
    const again = await keptPage(viewer.cookie)
    expect(kept.nonce).toBeTruthy()
    expect(again.nonce).not.toBe(kept.nonce)
    for (const page of [kept, again]) {
      expect(page.html).toContain(`nonce="${page.nonce}"`)
      expect(page.html.replaceAll(page.nonce!, '')).toBe(first.html.replaceAll(first.nonce!, ''))
    }

    const others = await suggestionsPage(other.cookie)
    expect(others).toMatchObject({ status: 200, kept: 'miss' })
    expect(others.html).toContain(other.organisation.name)
    expect(others.html).not.toContain(viewer.organisation.name)
    expect((await suggestionsPage(viewer.cookie)).html).toContain(viewer.organisation.name)

    const metrics = await fetch(`${baseUrl()}/metrics`, {
      headers: { Authorization: `Bearer ${testMetricsToken}` },
    })
    const text = await metrics.text()
    for (const result of ['hit', 'miss']) {
      expect(text).toMatch(
        new RegExp(`page_cache_requests_total\\{path="/suggestions",result="${result}"\\} [1-9]`),
      )
    }
  })

  test('a change in the database, made by anyone, is shown on the next request', async () => {
    const viewer = await signedIn()
    const kept = await keptPage(viewer.cookie)
    const slug = suggestedSlugs(kept.html)[0]!
    expect(slug).toBeDefined()
    const newName = `Renamed while kept ${Date.now()}`
    // Written straight to the database, as another server or a job would.
    await prisma.organisation.update({ where: { slug }, data: { name: newName } })

    const changed = await eventually(
      () => suggestionsPage(viewer.cookie),
      (page) => page.html.includes(newName),
    )
    expect(changed.kept).toBe('miss')
  })

  test('a dismissal sent to this server is gone from the very next page', async () => {
    const viewer = await signedIn()
    const kept = await keptPage(viewer.cookie)
    const slug = suggestedSlugs(kept.html)[0]!
    const dismissed = await prisma.organisation.findUniqueOrThrow({ where: { slug } })

    const response = await post('/suggestions', viewer.cookie, {
      intent: 'dismiss',
      organisationId: dismissed.id,
    })
    expect(response.status).toBe(302)
    const next = await suggestionsPage(viewer.cookie)
    expect(next.kept).toBe('miss')
    expect(suggestedSlugs(next.html)).not.toContain(slug)
  })

  test('after signing out, or once the account is disabled, the kept page is not served', async () => {
    const leaving = await signedIn()
    await keptPage(leaving.cookie)
    expect((await post('/logout', leaving.cookie, {})).status).toBe(302)
    const afterLogOut = await suggestionsPage(leaving.cookie)
    expect(afterLogOut.status).toBe(302)
    expect(afterLogOut.location).toMatch(/^\/login/)

    const disabled = await signedIn()
    await keptPage(disabled.cookie)
    await prisma.user.update({ where: { id: disabled.member.id }, data: { disabledAt: new Date() } })
    const afterDisabling = await eventually(
      () => suggestionsPage(disabled.cookie),
      (page) => page.status !== 200,
    )
    expect(afterDisabling.status).toBe(302)
  })

  test('a page whose response renews the session cookie is not kept', async () => {
    const viewer = await signedIn()
    // Within the second half of its idle timeout: the next request extends the session.
    await prisma.session.updateMany({
      where: { userId: viewer.member.id },
      data: { expiresAt: new Date(Date.now() + 60 * 60 * 1000) },
    })
    const renewed = await suggestionsPage(viewer.cookie)
    expect(renewed).toMatchObject({ status: 200, kept: 'miss' })
    expect(renewed.setCookie).toBeTruthy()
    // Extended now, the session's pages are kept again.
    expect((await keptPage(viewer.cookie)).html).toContain(viewer.organisation.name)
  })
})
