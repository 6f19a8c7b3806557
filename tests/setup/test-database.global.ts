/**
 * Gives each test run its own freshly migrated database, dropped at the end: on the server named by
 * TEST_DATABASE_URL (or DATABASE_URL) when set, otherwise on a throw-away embedded PostgreSQL.
 */
import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { dropDatabase, ensureDatabaseExists } from '../../server/database/admin'
import { startThrowawayPostgres, type RunningPostgres } from '../../server/database/embedded-postgres'
import { applyPendingMigrations } from '../../server/database/migrations'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    /** A maintenance URL on the same server, for tests that create databases of their own. */
    serverUrl: string
  }
}

function withDatabase(url: string, database: string) {
  const next = new URL(url)
  next.pathname = `/${database}`
  return next.toString()
}

export default async function setup(project: TestProject) {
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
  let embedded: RunningPostgres | undefined
  let serverUrl: string
  if (configured) {
    serverUrl = withDatabase(configured, 'postgres')
  } else {
    embedded = await startThrowawayPostgres()
    serverUrl = embedded.urlFor('postgres')
  }
  const databaseUrl = withDatabase(serverUrl, `test_${Date.now()}_${randomBytes(3).toString('hex')}`)
  await ensureDatabaseExists(databaseUrl)
  await applyPendingMigrations(databaseUrl)

  process.env.DATABASE_URL = databaseUrl
  project.provide('databaseUrl', databaseUrl)
  project.provide('serverUrl', serverUrl)

  return async () => {
    await dropDatabase(databaseUrl)
    await embedded?.stop()
  }
}
