import { PrismaPg } from '@prisma/adapter-pg'
import { describe, expect, test } from 'vitest'
import { PrismaClient } from '~/generated/prisma/client'
import { isDatabaseUnavailable } from './database-errors.server'
import { prisma } from './db.server'
import { createPgPool } from './pg-pool.server'

describe('telling an unreachable database from other errors', () => {
  test('a server that refuses connections is "unavailable"', async () => {
    // Port 9 (discard) has nothing listening here: the connection is refused at once.
    const pool = createPgPool('postgresql://nobody:nothing@127.0.0.1:9/none', { max: 1, name: 'test-down' })
    const client = new PrismaClient({ adapter: new PrismaPg(pool) })
    try {
      const error = await client.$queryRaw`SELECT 1`.then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(error).not.toBeNull()
      expect(isDatabaseUnavailable(error)).toBe(true)
    } finally {
      await client.$disconnect()
      await pool.end()
    }
  })

  test('a bad query or a broken rule is not', async () => {
    const syntax = await prisma.$queryRawUnsafe('SELEC 1').then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(syntax).not.toBeNull()
    expect(isDatabaseUnavailable(syntax)).toBe(false)
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false)
  })
})
