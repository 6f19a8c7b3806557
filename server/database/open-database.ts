import { ensureDatabaseExists } from './admin'
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres'

export const appDatabaseName = 'eu_japan_circular'

export type OpenDatabase = {
  url: string
  /** The embedded server we started, or null when DATABASE_URL names a server of its own. */
  embedded: RunningPostgres | null
  close: () => Promise<void>
}

/**
 * The database the app uses: DATABASE_URL when set (nothing is started), otherwise the embedded
 * PostgreSQL whose data survives restarts in .data/postgres.
 */
export async function openDatabase(
  configuredUrl: string | undefined,
  log = console.log,
): Promise<OpenDatabase> {
  if (configuredUrl) return { url: configuredUrl, embedded: null, close: async () => {} }
  const started = Date.now()
  const embedded = await startEmbeddedPostgres()
  const url = embedded.urlFor(appDatabaseName)
  await ensureDatabaseExists(url)
  log(`Embedded PostgreSQL ready in ${Date.now() - started} ms (data in ${embedded.dataDir}).`)
  return { url, embedded, close: embedded.stop }
}
