/**
 * The app on an open database: migrations and demo data (or the readiness check in production), the job
 * runner, the page cache and the HTTP server, until a signal. server/main.ts starts it once DATABASE_URL
 * names the database, so that everything here can import the Prisma client normally.
 */
import { watch } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Server } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { broadcastDevReady, type ServerBuild } from '@remix-run/node'
import { sessionUnchangedUntil } from '~/modules/auth/session.server'
import { currentFacetIndex } from '~/modules/directory/facet-index.server'
import { startJobRunner } from '~/modules/jobs/job-queue.server'
import { disconnectPrisma } from '~/utils/db.server'
import type { Env } from '~/utils/env.server'
import { checkReadiness } from '~/utils/readiness.server'
import { listenForDataChanges } from './data-changes'
import type { OpenDatabase } from './database/open-database'
import { createHttpApp } from './http-app'
import { keepPagesReady } from './page-cache'

const buildPath = path.resolve(import.meta.dirname, '../build/index.js')
const shutdownGraceMs = 10_000
const isRemixDev = Boolean(process.env.REMIX_DEV_ORIGIN)

async function loadBuild(): Promise<ServerBuild> {
  const { mtimeMs } = await stat(buildPath).catch(() => {
    throw new Error(`No app build at ${buildPath}: run \`npm run build\` first (npm start does).`)
  })
  return import(`${pathToFileURL(buildPath).href}?t=${mtimeMs}`)
}

async function printWelcome(url: string, seeded: boolean) {
  console.log(`\nEU-Japan Circular Metals is running at ${url}`)
  if (seeded) (await import('./demo-database')).printDemoLogIns()
  else console.log('Demo logins are listed in README.md.')
  console.log('Press Ctrl-C to stop.\n')
}

function onDevRebuild(setBuild: (build: ServerBuild) => void) {
  let timer: NodeJS.Timeout | undefined
  watch(path.dirname(buildPath), () => {
    clearTimeout(timer)
    timer = setTimeout(async () => {
      const build = await loadBuild()
      setBuild(build)
      await broadcastDevReady(build)
    }, 100)
  })
}

function handleShutdown(server: Server, database: OpenDatabase, stopServices: () => Promise<void>) {
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal} received: finishing requests in flight, then stopping.`)
    const closed = new Promise((resolve) => server.close(resolve))
    server.closeIdleConnections()
    setTimeout(() => server.closeAllConnections(), shutdownGraceMs).unref()
    await closed
    await stopServices()
    await disconnectPrisma()
    await database.close()
    console.log('Stopped.')
    process.exit(0)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal))
}

/**
 * The suggestions page kept ready per viewer until its data changes (ADR 012). Not with a read replica,
 * whose lag could put data from before a change into a page kept after it, nor while developing, where
 * the build changes under it.
 */
async function startPageCache(env: Env, databaseUrl: string) {
  if (env.PAGE_CACHE_MB === 0 || env.DATABASE_REPLICA_URL || isRemixDev) return null
  const changes = listenForDataChanges(env.DATABASE_LISTEN_URL ?? databaseUrl)
  const handler = keepPagesReady({
    paths: ['/suggestions'],
    changes,
    sessionUnchangedUntil,
    maxBytes: env.PAGE_CACHE_MB * 1024 * 1024,
  })
  return { changes, handler }
}

/** In production the schema is migrated by a release step (`npm run db:migrate`), never implicitly. */
async function refuseToStartUnlessReady(database: OpenDatabase) {
  const readiness = await checkReadiness()
  if (readiness.ready) return
  console.error(
    readiness.problem.startsWith('pending migrations')
      ? `Not starting: the database has ${readiness.problem}. Run \`npm run db:migrate\` (the release step) first.`
      : `Not starting: ${readiness.problem} at DATABASE_URL.`,
  )
  await disconnectPrisma()
  await database.close()
  process.exit(1)
}

/** Serves the app on `database` (its URL already in DATABASE_URL). */
export async function serve(env: Env, database: OpenDatabase) {
  // A production deployment migrates as a separate release step and never gets demo data.
  const demoMode = database.embedded !== null || env.NODE_ENV !== 'production'
  let seeded = false
  if (demoMode) {
    // Loaded only here, so that a production server never holds the demo data or the seed.
    seeded = await (await import('./demo-database')).prepareDemoDatabase(database.url)
  } else {
    await refuseToStartUnlessReady(database)
  }

  const jobs = await startJobRunner({
    pollingIntervalSeconds: env.JOB_POLLING_INTERVAL_SECONDS,
    outboxRelayIntervalMs: env.EMAIL_RELAY_INTERVAL_MS,
    suggestionsAheadMsPerMinute: env.SUGGESTIONS_AHEAD_SECONDS_PER_MINUTE * 1000,
  })
  // Read the directory's facet index now rather than during the first search.
  void currentFacetIndex().catch((error: unknown) =>
    console.error('Could not read the directory facet index:', error),
  )

  const pageCache = await startPageCache(env, database.url)

  let build = await loadBuild()
  const app = createHttpApp({
    build: isRemixDev ? async () => build : build,
    mode: isRemixDev ? 'development' : 'production',
    https: env.NODE_ENV === 'production' && env.HTTPS,
    trustProxy: env.TRUST_PROXY,
    trustedOrigins: [env.APP_ORIGIN, ...env.TRUSTED_ORIGINS].map((origin) => new URL(origin).origin),
    trustHostHeader: env.NODE_ENV !== 'production',
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    metricsToken: env.METRICS_TOKEN,
    pageCache: pageCache?.handler,
  })
  const host = env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1')
  const server = app.listen(env.PORT, host, async () => {
    await printWelcome(`http://localhost:${env.PORT}`, seeded)
    if (isRemixDev) {
      await broadcastDevReady(build)
      onDevRebuild((next) => (build = next))
    }
  })
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${env.PORT} is in use: stop what uses it or set PORT to another port.`
        : error.message,
    )
    await jobs.stop()
    await pageCache?.changes.stop()
    await database.close()
    process.exit(1)
  })
  handleShutdown(server, database, async () => {
    await jobs.stop()
    await pageCache?.changes.stop()
  })
}
