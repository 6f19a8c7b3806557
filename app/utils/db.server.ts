import { PrismaPg } from '@prisma/adapter-pg'
import type pg from 'pg'
import { PrismaClient } from '~/generated/prisma/client'
import { getEnv } from './env.server'
import { logger } from './logger.server'
import { createPgPool } from './pg-pool.server'
import { logSlowQueries } from './slow-queries.server'

/**
 * The one Prisma client of the app. The server sets DATABASE_URL (its own embedded PostgreSQL or the
 * configured one) before it loads the app; the pool connects on the first query.
 */
function connect() {
  const url = getEnv().DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start` or set it.')
  const pool = createPgPool(url, { name: 'app' })
  const client = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] })
  logSlowQueries(client, getEnv().SLOW_QUERY_MS, logger)
  return { pool, client }
}

// Kept on globalThis so that dev rebuilds (and the server's own imports) share one pool.
const globalForPrisma = globalThis as unknown as { database?: { pool: pg.Pool; client: PrismaClient } }

export const prisma = (globalForPrisma.database ??= connect()).client

/** The same pool, for the libraries that speak SQL themselves (the job queue). */
export const databasePool = () => (globalForPrisma.database ??= connect()).pool

/** Closes the client and its pool (Prisma leaves a pool it was given open). */
export async function disconnectPrisma() {
  const database = globalForPrisma.database
  globalForPrisma.database = undefined
  if (!database) return
  await database.client.$disconnect()
  await database.pool.end()
}
