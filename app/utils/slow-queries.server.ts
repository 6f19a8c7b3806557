import type { Logger } from 'pino'
import type { PrismaClient } from '~/generated/prisma/client'

type QueryEventClient = Pick<PrismaClient<'query'>, '$on'>

/**
 * Logs every query that takes at least `thresholdMs`, with its duration and SQL (never its
 * parameters, which can hold personal data).
 */
export function logSlowQueries(client: QueryEventClient, thresholdMs: number, log: Logger) {
  client.$on('query', (event) => {
    if (event.duration >= thresholdMs) {
      log.warn({ durationMs: event.duration, query: event.query.slice(0, 2_000) }, 'slow database query')
    }
  })
}
