import { afterEach, describe, expect, test } from 'vitest'
import { prisma, readPrisma } from './db.server'

const processWide = globalThis as unknown as {
  replica?: { client: { $disconnect: () => Promise<void> }; pool: { end: () => Promise<void> } } | null
}

async function forgetReplica() {
  const replica = processWide.replica
  processWide.replica = undefined
  if (replica) {
    await replica.client.$disconnect()
    await replica.pool.end()
  }
}

describe('read-heavy queries and the read replica', () => {
  afterEach(async () => {
    delete process.env.DATABASE_REPLICA_URL
    await forgetReplica()
  })

  test('without DATABASE_REPLICA_URL they use the primary client', async () => {
    await forgetReplica()
    expect(readPrisma()).toBe(prisma)
  })

  test('with DATABASE_REPLICA_URL they go to the replica through a pool of their own', async () => {
    await forgetReplica()
    process.env.DATABASE_REPLICA_URL = process.env.DATABASE_URL!
    const replica = readPrisma()
    expect(replica).not.toBe(prisma)
    const [row] = await replica.$queryRaw<
      { name: string }[]
    >`SELECT current_setting('application_name') AS "name"`
    expect(row?.name).toBe('replica')
    const [primary] = await prisma.$queryRaw<
      { name: string }[]
    >`SELECT current_setting('application_name') AS "name"`
    expect(primary?.name).toBe('app')
  })
})
