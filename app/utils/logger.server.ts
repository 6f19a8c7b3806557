import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import pino, { type DestinationStream, type Logger } from 'pino'

/** Path segments that are secrets themselves: the single-use tokens of emailed links. */
const secretPathSegments = /\/(reset-password|verify-email|confirm-email)\/[^/?#]+/g

/** The address as logged: tokens in the path masked, the query left out (it can hold addresses). */
export function loggablePath(url: string | undefined) {
  const path = (url ?? '').split('?')[0] ?? ''
  return path.replace(secretPathSegments, '/$1/[redacted]')
}

/** Paths whose values never reach a log line (cookies carry session ids). */
const redact = {
  paths: [
    'req.headers.cookie',
    'req.headers.authorization',
    'res.headers["set-cookie"]',
    '*.password',
    '*.token',
    '*.secret',
  ],
  censor: '[redacted]',
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const level =
    options.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'production' ? 'info' : 'warn')
  return pino(
    {
      level,
      redact,
      base: { service: 'eu-japan-circular' },
      serializers: {
        req: (req: IncomingMessage & { id?: string }) => ({
          id: req.id,
          method: req.method,
          path: loggablePath(req.url),
          userAgent: req.headers['user-agent'],
        }),
      },
    },
    options.destination,
  )
}

const globalForLogger = globalThis as unknown as { logger?: Logger }

/** The one logger of the process (structured JSON lines on standard output). */
export const logger = (globalForLogger.logger ??= createLogger())

const requestIdPattern = /^[A-Za-z0-9._-]{8,100}$/

/** The id of a request: the proxy's X-Request-Id when it looks like one, else a new one. */
export function requestIdOf(header: string | string[] | undefined) {
  const given = Array.isArray(header) ? header[0] : header
  return given && requestIdPattern.test(given) ? given : randomUUID()
}
