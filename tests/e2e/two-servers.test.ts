import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { createTestAccount } from '../../prisma/seed/builders'
import { startAppServer } from '../setup/app-server.global'
import { createPgPool } from '~/utils/pg-pool.server'
import { baseUrl } from './browser'

/** The app twice on one database, as behind a load balancer: nothing may live in one process only. */
describe('two app servers on one database', () => {
  let second: Awaited<ReturnType<typeof startAppServer>>
  beforeAll(async () => {
    second = await startAppServer(inject('databaseUrl'))
  }, 90_000)
  afterAll(async () => {
    await second?.stop()
  })

  const logIn = (server: string, email: string, password: string) =>
    fetch(`${server}/login?_data=routes%2Flogin`, {
      method: 'POST',
      headers: { Origin: server },
      body: new URLSearchParams({ email, password }),
    })

  test('a session made on one server is valid on the other', async () => {
    const account = await createTestAccount()
    const response = await logIn(baseUrl(), account.email, account.password)
    expect(response.status).toBe(204)
    const cookie = response.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ')
    const onSecond = await fetch(`${second.baseUrl}/account/sessions`, {
      headers: { Cookie: cookie },
      redirect: 'manual',
    })
    expect(onSecond.status).toBe(200)
    expect(await onSecond.text()).toContain(account.displayName)
  })

  test('failed log-ins count across both servers', async () => {
    const account = await createTestAccount()
    for (let attempt = 0; attempt < 10; attempt++) {
      const server = attempt % 2 === 0 ? baseUrl() : second.baseUrl
      expect((await logIn(server, account.email, 'not the password at all')).status).toBe(400)
    }
    expect((await logIn(baseUrl(), account.email, account.password)).status).toBe(429)
    expect((await logIn(second.baseUrl, account.email, account.password)).status).toBe(429)
  })

  test(
    'the every-minute expiry job is started once per minute, not once per server',
    { timeout: 150_000 },
    async () => {
      const pool = createPgPool(inject('databaseUrl'), { max: 1, name: 'test-two-servers' })
      // pg-boss turns each minute of a schedule into one "send-it" job per schedule, whatever the
      // number of servers, and that job starts the scheduled one.
      const slots = async () =>
        (
          await pool.query<{ slot: Date; jobs: number }>(
            `SELECT "singleton_on" AS "slot", count(*)::int AS "jobs" FROM "pgboss"."job"
              WHERE "name" = '__pgboss__send-it' AND "singleton_key" = 'introductions-expire'
              GROUP BY 1 ORDER BY 1`,
          )
        ).rows
      try {
        const before = (await slots()).length
        const deadline = Date.now() + 130_000
        // Wait for the next minute: the second server is running by now.
        while ((await slots()).length < before + 1 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 2_000))
        }
        const after = await slots()
        expect(after.length).toBeGreaterThanOrEqual(before + 1)
        expect(after.filter((slot) => slot.jobs !== 1)).toEqual([])
      } finally {
        await pool.end()
      }
    },
  )
})
