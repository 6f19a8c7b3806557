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
function clientFor(url: string, name: string) {
  const pool = createPgPool(url, { name })
  const client = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] })
  logSlowQueries(client, getEnv().SLOW_QUERY_MS, logger)
  return { pool, client }
}

function connect() {
  const url = getEnv().DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start` or set it.')
  return clientFor(url, 'app')
}

type Connection = { pool: pg.Pool; client: PrismaClient }

// Kept on globalThis so that dev rebuilds (and the server's own imports) share one pool.
const globalForPrisma = globalThis as unknown as { database?: Connection; replica?: Connection | null }

export const prisma = (globalForPrisma.database ??= connect()).client

/** The same pool, for the libraries that speak SQL themselves (the job queue). */
export const databasePool = () => (globalForPrisma.database ??= connect()).pool

/**
 * The client for read-heavy queries that tolerate a little lag (directory search, suggestions, leads):
 * a read replica at DATABASE_REPLICA_URL when one is set, else the primary. Writes, and reads that
 * must see the request's own writes, always use `prisma`.
 */
export function readPrisma(): PrismaClient {
  if (globalForPrisma.replica === undefined) {
    const url = getEnv().DATABASE_REPLICA_URL
    globalForPrisma.replica = url ? clientFor(url, 'replica') : null
  }
  return globalForPrisma.replica?.client ?? prisma
}

/** Closes the clients and their pools (Prisma leaves a pool it was given open). */
export async function disconnectPrisma() {
  const connections = [globalForPrisma.database, globalForPrisma.replica]
  globalForPrisma.database = undefined
  globalForPrisma.replica = undefined
  for (const connection of connections) {
    if (!connection) continue
    await connection.client.$disconnect()
    await connection.pool.end()
  }
}
