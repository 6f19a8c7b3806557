import type { AddressInfo } from 'node:net'
import type { ServerBuild } from '@remix-run/node'
import { describe, expect, test } from 'vitest'
import { readEnv } from '~/utils/env.server'
import { createHttpStack } from './http-app'

/** The client address the stack reports for a request with this X-Forwarded-For, under TRUST_PROXY. */
async function clientAddress(trustProxyVariable: string | undefined, forwardedFor: string) {
  const app = createHttpStack({
    build: { routes: {} } as unknown as ServerBuild,
    mode: 'production',
    https: false,
    trustProxy: readEnv({ TRUST_PROXY: trustProxyVariable }).TRUST_PROXY,
  })
  app.get('/address', (req, res) => void res.send(req.ip))
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  try {
    const { port } = server.address() as AddressInfo
    const response = await fetch(`http://127.0.0.1:${port}/address`, {
      headers: { 'X-Forwarded-For': forwardedFor },
    })
    return await response.text()
  } finally {
    server.close()
  }
}

describe('client addresses behind proxies (TRUST_PROXY)', () => {
  test('without a proxy configured, a forwarded address is not believed', async () => {
    expect(await clientAddress(undefined, '203.0.113.7')).toMatch(/127\.0\.0\.1$/)
  })

  test('one proxy: the address it saw; a client cannot add addresses of its own before it', async () => {
    expect(await clientAddress('1', '203.0.113.7')).toBe('203.0.113.7')
    expect(await clientAddress('true', '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7')
  })

  test("the proxies' addresses: the first address that is not one of them", async () => {
    expect(await clientAddress('loopback, 10.0.0.0/8', '203.0.113.7, 10.1.2.3')).toBe('203.0.113.7')
  })
})
