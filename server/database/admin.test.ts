import { afterAll, describe, expect, inject, test } from 'vitest'
import { createPgPool } from '~/utils/pg-pool.server'
import { dropDatabase, ensureDatabaseExists } from './admin'

const url = (() => {
  const address = new URL(inject('serverUrl'))
  address.pathname = `/admin_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
  return address.toString()
})()

afterAll(() => dropDatabase(url))

describe('creating a database', () => {
  test('Japanese letters count as letters for trigram search; sorting stays in byte order', async () => {
    expect(await ensureDatabaseExists(url)).toBe(true)
    expect(await ensureDatabaseExists(url)).toBe(false)
    const pool = createPgPool(url, { max: 1, name: 'test' })
    try {
      await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
      const { rows } = await pool.query<{ trigrams: string[]; byteOrder: boolean }>(
        `SELECT show_trgm('リサイクル') AS "trigrams", 'B' < 'a' AS "byteOrder"`,
      )
      expect(rows[0]!.trigrams.length).toBeGreaterThan(0)
      expect(rows[0]!.byteOrder).toBe(true)
    } finally {
      await pool.end()
    }
  })
})
