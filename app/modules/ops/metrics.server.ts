import client from 'prom-client'

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
