/**
 * Gives each test project its own freshly migrated database, dropped at the end: on the server named by
 * TEST_DATABASE_URL (or DATABASE_URL) when set, otherwise on one throw-away embedded PostgreSQL that all
 * projects of the run share and the last one stops.
 *
 * In the unit project that database is a template: each test file gets a copy of its own
 * (test-database.setup.ts), so no file sees another's writes. The end-to-end files share the app
 * server's database, as the people using one server do.
 */
import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { createPgPool } from '~/utils/pg-pool.server'
import { databaseNameOf, dropDatabase, ensureDatabaseExists } from '../../server/database/admin'
import { startThrowawayPostgres } from '../../server/database/embedded-postgres'
import { applyPendingMigrations } from '../../server/database/migrations'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    /** A maintenance URL on the same server, for tests that create databases of their own. */
    serverUrl: string
    /** Whether each test file works on a copy of `databaseUrl` of its own (the unit project). */
    databasePerFile: boolean
  }
}

function withDatabase(url: string, database: string) {
  const next = new URL(url)
  next.pathname = `/${database}`
  return next.toString()
}

type SharedServer = { serverUrl: Promise<string>; users: number; stop: () => Promise<void> }

// Each project loads this file afresh, so the shared server is kept on globalThis. The configured URL
// is read before any project overwrites DATABASE_URL for its own tests.
const processWide = globalThis as unknown as { testServer?: SharedServer; configuredTestUrl?: string | null }
processWide.configuredTestUrl ??= process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null

function acquireServer(): SharedServer {
  if (!processWide.testServer) {
    const configured = processWide.configuredTestUrl
    const embedded = configured ? null : startThrowawayPostgres()
    processWide.testServer = {
      users: 0,
      serverUrl: configured
        ? Promise.resolve(withDatabase(configured, 'postgres'))
        : embedded!.then((server) => server.urlFor('postgres')),
      stop: async () => {
        await (await embedded)?.stop()
      },
    }
  }
  processWide.testServer.users++
  return processWide.testServer
}

async function releaseServer(server: SharedServer) {
  server.users--
  if (server.users > 0) return
  processWide.testServer = undefined
  await server.stop()
}

/** The test files' copies of `databaseUrl` (test-database.setup.ts names them after it). */
async function dropCopiesOf(serverUrl: string, databaseUrl: string) {
  const pool = createPgPool(serverUrl, { max: 1, name: 'test-cleanup' })
  try {
    const { rows } = await pool.query<{ name: string }>(
      `SELECT datname AS "name" FROM pg_database WHERE starts_with(datname, $1)`,
      [`${databaseNameOf(databaseUrl)}_file_`],
    )
    for (const { name } of rows) await dropDatabase(withDatabase(serverUrl, name))
  } finally {
    await pool.end()
  }
}

export default async function setup(project: TestProject) {
  const server = acquireServer()
  const serverUrl = await server.serverUrl
  const databaseUrl = withDatabase(serverUrl, `test_${Date.now()}_${randomBytes(3).toString('hex')}`)
  await ensureDatabaseExists(databaseUrl)
  await applyPendingMigrations(databaseUrl)
  project.provide('databaseUrl', databaseUrl)
  project.provide('serverUrl', serverUrl)
  project.provide('databasePerFile', project.name === 'unit')

  return async () => {
    await dropCopiesOf(serverUrl, databaseUrl)
    await dropDatabase(databaseUrl)
    await releaseServer(server)
  }
}
