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

/**
 * Creates the database named in `url` unless it exists; true when it was created.
 *
 * Where the server's default character classes are plain C (the embedded server's), the database gets
 * C.UTF-8's instead, with the same byte-order collation: under C, pg_trgm sees no letters in Japanese,
 * so a Japanese directory search cannot use its trigram index and reads the whole search table. A server
 * without that locale gets its default.
 */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const name = databaseNameOf(url)
  return withMaintenanceConnection(url, async (pool) => {
    const existing = await pool.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (existing.rowCount) return false
    const { rows } = await pool.query<{ ctype: string; encoding: string }>(
      `SELECT datctype AS "ctype", pg_encoding_to_char(encoding) AS "encoding"
         FROM pg_database WHERE datname = 'template1'`,
    )
    const plainC = rows[0] && ['C', 'POSIX'].includes(rows[0].ctype) && rows[0].encoding === 'UTF8'
    if (plainC) {
      try {
        await pool.query(
          `CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`,
        )
        return true
      } catch (error) {
        // No C.UTF-8 locale on this server: its default below.
        if (!/locale/i.test((error as Error).message)) throw error
      }
    }
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
