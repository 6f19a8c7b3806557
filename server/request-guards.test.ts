import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { refuseCrossSiteWrites, refuseUnstorableAddresses } from './request-guards'

function serve(app: express.Express) {
  app.all('*', (_req, res) => void res.send('through'))
  return new Promise<{ url: string; close: () => void }>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() })
    })
  })
}

const post = (url: string, headers: Record<string, string>) =>
  fetch(url, { method: 'POST', headers, body: 'a=1' }).then((response) => response.status)

describe('forms from other sites', () => {
  let pinned: { url: string; close: () => void }
  let development: { url: string; close: () => void }
  beforeAll(async () => {
    pinned = await serve(express().use(refuseCrossSiteWrites(['https://circular.example.eu'])))
    development = await serve(
      express().use(refuseCrossSiteWrites(['https://circular.example.eu'], { trustHostHeader: true })),
    )
  })
  afterAll(() => {
    pinned.close()
    development.close()
  })

  test('in production only the configured origins count: a forged Host does not make an Origin ours', async () => {
    expect(await post(pinned.url, { Origin: 'https://circular.example.eu' })).toBe(200)
    expect(await post(pinned.url, { Origin: 'http://evil.example', Host: 'evil.example' })).toBe(403)
    expect(await post(pinned.url, { Origin: pinned.url })).toBe(403)
    expect(await post(pinned.url, { 'Sec-Fetch-Site': 'same-origin' })).toBe(200)
    expect(await post(pinned.url, { 'Sec-Fetch-Site': 'cross-site' })).toBe(403)
    expect(await post(pinned.url, {})).toBe(403)
  })

  test('outside production the address the app was started on counts too', async () => {
    expect(await post(development.url, { Origin: development.url })).toBe(200)
    expect(await post(development.url, { Origin: 'http://evil.example' })).toBe(403)
  })
})

describe('addresses PostgreSQL could not store', () => {
  let app: { url: string; close: () => void }
  beforeAll(async () => {
    app = await serve(express().use(refuseUnstorableAddresses()))
  })
  afterAll(() => app.close())

  test.each([
    '/directory?q=%00',
    '/organisations/abc%00',
    '/introductions/x%00y',
    '/staff/audit?actor=a%00',
    '/a%E0%A4%A',
  ])('%s is refused with 400', async (path) => {
    const response = await fetch(`${app.url}${path}`)
    expect(response.status).toBe(400)
    expect((await response.text()).length).toBeLessThan(100)
  })

  test('ordinary addresses, Japanese included, pass', async () => {
    for (const path of [
      '/directory?q=%E7%A3%81%E7%9F%B3',
      '/directory?q=Gda%C5%84sk+magnets',
      '/organisations/x-1',
    ])
      expect((await fetch(`${app.url}${path}`)).status).toBe(200)
  })
})
