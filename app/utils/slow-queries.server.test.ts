import { Writable } from 'node:stream'
import { PrismaPg } from '@prisma/adapter-pg'
import { describe, expect, test } from 'vitest'
import { PrismaClient } from '~/generated/prisma/client'
import { createLogger } from './logger.server'
import { createPgPool } from './pg-pool.server'
import { logSlowQueries } from './slow-queries.server'

describe('slow query log', () => {
  test('a query over the threshold is logged with its duration and SQL, not its parameters', async () => {
    const lines: string[] = []
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString())
        done()
      },
    })
    const pool = createPgPool(process.env.DATABASE_URL!, { max: 1, name: 'test-slow' })
    const client = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] })
    try {
      // Connecting takes time too: connect before watching.
      await client.$queryRaw`SELECT 1 AS "warm"`
      logSlowQueries(client, 150, createLogger({ level: 'info', destination }))
      await client.$queryRaw`SELECT 1 AS "quick", ${'secret-parameter'}::text AS "label"`
      await client.$queryRaw`SELECT pg_sleep(0.3)::text AS "slept", ${'another-secret'}::text AS "label"`
    } finally {
      await client.$disconnect()
      await pool.end()
    }
    const entries = lines.map(
      (line) => JSON.parse(line) as { msg: string; durationMs: number; query: string },
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      msg: 'slow database query',
      query: expect.stringContaining('pg_sleep'),
    })
    expect(entries[0]!.durationMs).toBeGreaterThanOrEqual(150)
    expect(lines.join('')).not.toContain('secret')
  })
})
