/** Creating and dropping whole databases on a server (the app's own on first start; tests' per run). */
import { createPgPool } from '~/utils/pg-pool.server'

async function withMaintenanceConnection<T>(
  serverUrl: string,
  work: (pool: ReturnType<typeof createPgPool>) => Promise<T>,
) {
  const url = new URL(serverUrl)
  url.pathname = '/postgres'
  const pool = createPgPool(url.toString(), { max: 1, name: 'maintenance' })
  try {
    return await work(pool)
  } finally {
    await pool.end()
  }
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1))
}

/** Creates the database named in `url` unless it exists; true when it was created. */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const name = databaseNameOf(url)
  return withMaintenanceConnection(url, async (pool) => {
    const existing = await pool.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (existing.rowCount) return false
    await pool.query(`CREATE DATABASE ${quoteIdentifier(name)}`)
    return true
  })
}

/** Drops the database named in `url`, ending its connections first. */
export async function dropDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url)
  await withMaintenanceConnection(url, (pool) =>
    pool.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  )
}
