import pg from 'pg'
import { getEnv } from './env.server'
import { logger } from './logger.server'

export type PoolOptions = { max?: number; name?: string }

/**
 * Every connection to PostgreSQL goes through a pool made here, so that each one has a connection
 * timeout (the driver's default waits forever) and an error listener (an idle connection dropped by
 * a database restart would otherwise crash the process).
 */
export function createPgPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const env = getEnv()
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? env.DATABASE_POOL_MAX,
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: env.DATABASE_IDLE_TIMEOUT_MS,
    application_name: options.name ?? 'eu-japan-circular',
  })
  pool.on('error', (error) => {
    // The error carries the whole client (connection settings included): log only what it says.
    const { code } = error as { code?: string }
    logger.error(
      { code, message: error.message, pool: options.name ?? 'app' },
      'idle database connection error',
    )
  })
  return pool
}

/**
 * A connection of its own, outside any pool, for LISTEN (a pooled connection would be handed to other
 * queries and miss notifications). The caller connects it and must listen for its errors.
 */
export function createListeningClient(connectionString: string): pg.Client {
  return new pg.Client({
    connectionString,
    connectionTimeoutMillis: getEnv().DATABASE_CONNECT_TIMEOUT_MS,
    application_name: 'eu-japan-circular-listener',
  })
}
