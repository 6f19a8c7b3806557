/**
 * npm run test:faults
 *
 * Under a steady load of writes (messages in an introduction's thread, through the real server), this
 * restarts PostgreSQL mid-run, then sends SIGTERM to the app mid-run and starts it again. Afterwards
 * every write that got a success answer must be in the database exactly once, no write may be stored
 * twice, and errors may only have happened while the database or the app was down. It prints the
 * counts and exits non-zero on any violation.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createPgPool } from '~/utils/pg-pool.server'
import { demoPassword } from '../prisma/seed/demo-data'
import { ensureDatabaseExists } from '../server/database/admin'
import { startEmbeddedPostgres, type RunningPostgres } from '../server/database/embedded-postgres'
import { applyPendingMigrations } from '../server/database/migrations'

const projectRoot = path.resolve(import.meta.dirname, '..')
const writers = 4
const timeline = { databaseDownAt: 2_000, databaseDownFor: 2_000, appStopAt: 8_000, writeUntil: 14_000 }
// After PostgreSQL is back, the pool may still hold a connection that died with it: allow a moment.
const recoveryGraceMs = 3_000

type Outcome = { marker: string; startedAt: number; endedAt: number; ok: boolean; detail: string }

const log = (message: string) =>
  console.log(`[faults +${String(Date.now() - startedAt).padStart(5)} ms] ${message}`)
const startedAt = Date.now()

/** One POST on its own connection, so that a closing server cannot reuse a socket mid-request. */
function post(port: number, pathname: string, form: Record<string, string>, cookie = '') {
  const body = new URLSearchParams(form).toString()
  return new Promise<{ status: number; location: string; setCookie: string[] }>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          Origin: `http://127.0.0.1:${port}`,
          Cookie: cookie,
        },
      },
      (response) => {
        response.resume()
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: String(response.headers.location ?? ''),
            setCookie: response.headers['set-cookie'] ?? [],
          }),
        )
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

function startApp(databaseUrl: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    stdio: ['ignore', process.env.FAULTS_APP_LOG ? 'inherit' : 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.FAULTS_APP_LOG ? 'warn' : 'error',
      RATE_LIMIT_LOGIN_PER_IP: '100000',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
    },
  })
}

async function waitUntilReady(port: number, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error('The app did not become ready.')
}

async function freePort() {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function main() {
  const dataDir = path.join(os.tmpdir(), `eu-japan-circular-faults-${randomBytes(4).toString('hex')}`)
  let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir, persistent: true })
  const databaseUrl = postgres.urlFor('faults')
  const databasePort = Number(new URL(databaseUrl).port)
  await ensureDatabaseExists(databaseUrl)
  await applyPendingMigrations(databaseUrl)
  const appPort = await freePort()
  let app = startApp(databaseUrl, appPort)
  const checks = createPgPool(databaseUrl, { max: 2, name: 'fault-checks' })
  try {
    await waitUntilReady(appPort)
    log('app ready (demo data seeded)')

    // A demo member with an accepted introduction writes in its thread.
    const login = await post(appPort, '/login', {
      email: 'lukas@magnetkreis.example',
      password: demoPassword,
    })
    const cookie = login.setCookie.map((value) => value.split(';')[0]).join('; ')
    if (login.status !== 302 || !cookie) throw new Error(`Log-in failed (${login.status}).`)
    const { rows } = await checks.query<{ id: string }>(
      `SELECT r."id" FROM "IntroductionRequest" r JOIN "Organisation" o ON o."id" = r."fromOrganisationId"
        WHERE o."slug" = 'magnetkreis' AND r."status" = 'accepted' LIMIT 1`,
    )
    const introductionId = rows[0]?.id
    if (!introductionId) throw new Error('No accepted demo introduction to write in.')

    const outcomes: Outcome[] = []
    let counter = 0
    const runStart = Date.now()
    const at = () => Date.now() - runStart
    const writer = async () => {
      while (at() < timeline.writeUntil) {
        const marker = `fault-${randomBytes(3).toString('hex')}-${counter++}`
        const begin = at()
        try {
          const response = await post(
            appPort,
            `/introductions/${introductionId}`,
            { intent: 'message', body: marker },
            cookie,
          )
          const ok = response.status === 302 && response.location.includes('done=message')
          outcomes.push({ marker, startedAt: begin, endedAt: at(), ok, detail: `HTTP ${response.status}` })
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? String(error)
          outcomes.push({ marker, startedAt: begin, endedAt: at(), ok: false, detail: code })
          await sleep(50)
        }
      }
    }

    const events = { databaseDown: 0, databaseUp: 0, appStopped: 0, appUp: 0, appExitCode: -1 }
    const faults = (async () => {
      await sleep(timeline.databaseDownAt)
      events.databaseDown = at()
      await postgres.stop()
      log('PostgreSQL stopped')
      await sleep(timeline.databaseDownFor)
      postgres = await startEmbeddedPostgres({ dataDir, persistent: true, port: databasePort })
      events.databaseUp = at()
      log('PostgreSQL started again')
      await sleep(Math.max(0, timeline.appStopAt - at()))
      events.appStopped = at()
      const exited = new Promise<number | null>((resolve) => app.once('exit', resolve))
      app.kill('SIGTERM')
      // It survived the database's restart and stops gracefully: exit code 0, not a crash.
      events.appExitCode = (await exited) ?? -1
      log(`app stopped by SIGTERM (exit code ${events.appExitCode})`)
      app = startApp(databaseUrl, appPort)
      await waitUntilReady(appPort)
      events.appUp = at()
      log('app started again')
    })()

    await Promise.all([...Array.from({ length: writers }, writer), faults])

    const stored = await checks.query<{ body: string; copies: number }>(
      `SELECT "body", count(*)::int AS "copies" FROM "IntroductionMessage"
        WHERE "introductionId" = $1 AND "body" LIKE 'fault-%' GROUP BY "body"`,
      [introductionId],
    )
    const copies = new Map(stored.rows.map((row) => [row.body, row.copies]))
    const succeeded = outcomes.filter((outcome) => outcome.ok)
    const failed = outcomes.filter((outcome) => !outcome.ok)
    const lost = succeeded.filter((outcome) => copies.get(outcome.marker) !== 1)
    const duplicated = [...copies].filter(([, count]) => count > 1)
    const inOutage = (outcome: Outcome) =>
      (outcome.endedAt >= events.databaseDown && outcome.startedAt <= events.databaseUp + recoveryGraceMs) ||
      (outcome.endedAt >= events.appStopped && outcome.startedAt <= events.appUp)
    const unexpected = failed.filter((outcome) => !inOutage(outcome))
    // Graceful shutdown: a request the server had before SIGTERM is answered, never reset.
    const resetInFlight = failed.filter(
      (outcome) =>
        /ECONNRESET|socket hang up/.test(outcome.detail) &&
        outcome.startedAt < events.appStopped - 50 &&
        outcome.endedAt >= events.appStopped,
    )

    console.log('\nFault test results')
    console.log(`  writes sent:                       ${outcomes.length}`)
    console.log(`  succeeded:                         ${succeeded.length}`)
    console.log(`  failed while something was down:   ${failed.length - unexpected.length}`)
    console.log(`  failed at other times:             ${unexpected.length}`)
    console.log(`  succeeded but not stored once:     ${lost.length}`)
    console.log(`  stored more than once:             ${duplicated.length}`)
    console.log(`  in flight at SIGTERM and reset:    ${resetInFlight.length}`)
    console.log(`  stored in all:                     ${stored.rows.length}`)
    console.log(
      `  outages (ms): database ${events.databaseDown}-${events.databaseUp}, app ${events.appStopped}-${events.appUp}`,
    )
    const reasons = new Map<string, number>()
    for (const outcome of failed) reasons.set(outcome.detail, (reasons.get(outcome.detail) ?? 0) + 1)
    console.log(
      `  failures by answer:                ${[...reasons].map(([reason, count]) => `${reason} x${count}`).join(', ')}`,
    )
    for (const outcome of failed.filter((failure) => !/HTTP 503|ECONNREFUSED/.test(failure.detail))) {
      console.log(`    ${outcome.detail} ${outcome.startedAt}-${outcome.endedAt} ms`)
    }
    for (const outcome of unexpected.slice(0, 10)) {
      console.log(`    unexpected failure ${outcome.startedAt}-${outcome.endedAt} ms: ${outcome.detail}`)
    }
    const healthy =
      events.appExitCode === 0 &&
      succeeded.length > 0 &&
      !lost.length &&
      !duplicated.length &&
      !unexpected.length &&
      !resetInFlight.length
    console.log(healthy ? '\nfaults: passed' : '\nfaults: FAILED')
    process.exitCode = healthy ? 0 : 1
  } finally {
    await checks.end().catch(() => undefined)
    app.kill('SIGTERM')
    await postgres.stop().catch(() => undefined)
    await import('node:fs/promises').then(({ rm }) => rm(dataDir, { recursive: true, force: true }))
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
