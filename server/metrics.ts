import { timingSafeEqual } from 'node:crypto'
import type { ServerBuild } from '@remix-run/node'
import type { RequestHandler } from 'express'
import client from 'prom-client'
import { routeOf, routePatterns, type RoutePattern } from './route-patterns'

// Loaded when metrics are read: the server sets DATABASE_URL only after it has started the database.
const databasePool = async () => (await import('~/utils/db.server')).databasePool()

function createRegistry() {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry })
  const requests = new client.Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  })
  const durations = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  new client.Gauge({
    name: 'db_pool_connections',
    help: 'Connections of the app pool: total, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const pool = await databasePool()
      this.set({ state: 'total' }, pool.totalCount)
      this.set({ state: 'idle' }, pool.idleCount)
      this.set({ state: 'waiting' }, pool.waitingCount)
    },
  })
  new client.Gauge({
    name: 'job_queue_jobs',
    help: 'Jobs in the PostgreSQL queue (pg-boss), by queue and state (created, retry, active, failed...)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset()
      try {
        const { rows } = await (
          await databasePool()
        ).query<{ name: string; state: string; jobs: number }>(
          `SELECT "name", "state"::text AS "state", count(*)::int AS "jobs" FROM "pgboss"."job" GROUP BY 1, 2`,
        )
        for (const row of rows) this.set({ queue: row.name, state: row.state }, row.jobs)
      } catch {
        // The queue's schema is made when the job runner first starts.
      }
    },
  })
  const keptPages = new client.Counter({
    name: 'page_cache_requests_total',
    help: 'Requests for pages that may be kept ready (ADR 012): served kept (hit) or rendered (miss)',
    labelNames: ['path', 'result'] as const,
    registers: [registry],
  })
  return { registry, requests, durations, keptPages }
}

const globalForMetrics = globalThis as unknown as { metrics?: ReturnType<typeof createRegistry> }

/** One registry per process (dev rebuilds and the server's own imports share it). */
export const metrics = (globalForMetrics.metrics ??= createRegistry())

export function recordRequest(input: { method: string; route: string; status: number; seconds: number }) {
  metrics.requests.inc({ method: input.method, route: input.route, status: String(input.status) })
  metrics.durations.observe({ method: input.method, route: input.route }, input.seconds)
}

export function recordPageCache(path: string, result: 'hit' | 'miss') {
  metrics.keptPages.inc({ path, result })
}

const patternsByBuild = new WeakMap<ServerBuild, RoutePattern[]>()

function patternsOf(build: ServerBuild) {
  let patterns = patternsByBuild.get(build)
  if (!patterns) {
    patterns = routePatterns(build.routes)
    patternsByBuild.set(build, patterns)
  }
  return patterns
}

/** Counts every answered request and its duration under its route's pattern. */
export function countRequests(build: ServerBuild | (() => Promise<ServerBuild>)): RequestHandler {
  let patterns: RoutePattern[] = typeof build === 'function' ? [] : patternsOf(build)
  return (req, res, next) => {
    if (typeof build === 'function') void build().then((latest) => (patterns = patternsOf(latest)))
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const route =
        req.path.startsWith('/build/') || req.path === '/favicon.svg' ? 'static' : routeOf(patterns, req.path)
      recordRequest({
        method: req.method,
        route,
        status: res.statusCode,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      })
    })
    next()
  }
}

const sameToken = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/** Prometheus metrics for a scraper holding the token; without a configured token, 404. */
export function serveMetrics(token: string | undefined): RequestHandler {
  return async (req, res) => {
    if (!token) {
      res.status(404).type('text/plain').send('Not Found')
      return
    }
    const given = (req.get('authorization') ?? '').replace(/^Bearer\s+/i, '')
    if (!sameToken(given, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('A valid token is needed.')
      return
    }
    res
      .set('Cache-Control', 'no-store')
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics())
  }
}
