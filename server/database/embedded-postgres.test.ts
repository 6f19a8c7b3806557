import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { createPgPool } from '~/utils/pg-pool.server'
import { startEmbeddedPostgres } from './embedded-postgres'

const dataDir = path.join(os.tmpdir(), `embedded-postgres-test-${randomBytes(4).toString('hex')}`)

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

async function query(url: string, sql: string) {
  const pool = createPgPool(url, { max: 1, name: 'test' })
  try {
    return (await pool.query(sql)).rows
  } finally {
    await pool.end()
  }
}

describe('embedded PostgreSQL', () => {
  test('keeps its data across restarts and refuses a second server on the same folder', async () => {
    const first = await startEmbeddedPostgres({ dataDir })
    try {
      await query(
        first.urlFor('postgres'),
        'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)',
      )
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already running/)
    } finally {
      await first.stop()
    }

    const second = await startEmbeddedPostgres({ dataDir })
    try {
      expect(await query(second.urlFor('postgres'), 'SELECT note FROM kept')).toEqual([
        { note: 'still here' },
      ])
      expect(await query(second.urlFor('postgres'), 'SHOW listen_addresses')).toEqual([
        { listen_addresses: '127.0.0.1' },
      ])
    } finally {
      await second.stop()
    }
  })
})
