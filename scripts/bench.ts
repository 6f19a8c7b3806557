/**
 * npm run bench: seeds synthetic organisations into separate databases (10k and 100k) on a throw-away
 * PostgreSQL (or on BENCH_DATABASE_URL's server), then measures suggestions, leads, directory search and
 * the suggestions page's throughput, then the meeting scheduler on generated events. Results go to standard output; record them in docs/benchmarks.md.
 * Needs the app built (`npm run build`).
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { createPgPool } from '~/utils/pg-pool.server'
import { ensureDatabaseExists } from '../server/database/admin'
import { startThrowawayPostgres } from '../server/database/embedded-postgres'
import { applyPendingMigrations } from '../server/database/migrations'
import { benchScheduler } from './bench-scheduler'
import { seedSql } from './bench-seed.sql'

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)

async function main() {
  const configured = process.env.BENCH_DATABASE_URL
  const server = configured ? null : await startThrowawayPostgres()
  const serverUrl = configured ?? server!.urlFor('postgres')
  const results: Record<string, unknown> = {}
  try {
    for (const size of sizes) {
      const url = new URL(serverUrl)
      url.pathname = `/bench_${size}`
      await ensureDatabaseExists(url.toString())
      await applyPendingMigrations(url.toString())
      const pool = createPgPool(url.toString(), { max: 1, name: 'bench-seed' })
      const started = Date.now()
      await pool.query('DELETE FROM "Organisation" WHERE "id" LIKE \'bench-%\'')
      await pool.query(seedSql(size))
      await pool.end()
      console.error(
        `Seeded ${size} organisations in ${((Date.now() - started) / 1000).toFixed(1)} s; measuring...`,
      )
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-run.ts'], {
        cwd: path.resolve(import.meta.dirname, '..'),
        // Production settings, as the server it starts: the same session cookie name on both sides.
        env: { ...process.env, DATABASE_URL: url.toString(), NODE_ENV: 'production', HTTPS: 'false' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 10 * 1024 * 1024,
      })
      if (run.status !== 0) throw new Error(`The benchmark at ${size} failed.`)
      // The results are the last line; anything before it is the app's logging (e.g. slow queries).
      const lines = run.stdout.trim().split('\n')
      if (lines.length > 1) console.error(lines.slice(0, -1).join('\n'))
      results[size] = JSON.parse(lines.at(-1)!)
    }
  } finally {
    await server?.stop()
  }
  console.error('Scheduling meetings on generated brokerage events...')
  results.scheduler = await benchScheduler()
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  }
  process.stdout.write(`${JSON.stringify({ machine, results }, null, 2)}\n`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
