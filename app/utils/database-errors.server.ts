const unavailableCodes = new Set([
  // Node's socket errors
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  // PostgreSQL: shutting down, starting up, connection failures
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  // Prisma: cannot reach the server, timed out, connection closed, no connection from the pool in time
  'P1001',
  'P1002',
  'P1017',
  'P2024',
])

const unavailableMessages = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /Connection terminated unexpectedly/i,
  /the database system is (shutting down|starting up)/i,
  /Can't reach database server/i,
  /is not queryable/i,
  /Connection is closed/i,
  /terminating connection due to administrator command/i,
]

/**
 * Whether an error means the database cannot be reached right now (down, restarting, or no free
 * connection in time), as opposed to a bug or bad data: such requests are answered 503.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { code, originalCode, message, cause } = current as {
      code?: unknown
      originalCode?: unknown
      message?: unknown
      cause?: unknown
    }
    if ([code, originalCode].some((value) => typeof value === 'string' && unavailableCodes.has(value)))
      return true
    if (typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message)))
      return true
    current = cause
  }
  return false
}
