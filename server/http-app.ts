import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import helmet from 'helmet'
import { pinoHttp } from 'pino-http'
import { logger, requestIdOf } from '~/utils/logger.server'
import { countRequests, serveMetrics } from './metrics'
import { limitRequestBodies, refuseCrossSiteWrites, refuseUnstorableAddresses } from './request-guards'

/** The development outbox's page for an email's HTML part. */
const outboxHtmlPath = /^\/dev\/outbox\/[^/?]+\.html(\?|$)/

export type HttpAppOptions = {
  /** The Remix build, or a function returning the latest one (development rebuilds). */
  build: ServerBuild | (() => Promise<ServerBuild>)
  mode: 'development' | 'production'
  /** Sends HSTS and upgrades insecure requests: only where the app is served over HTTPS. */
  https: boolean
  /** Origins that may send forms: APP_ORIGIN and any configured others (the public address behind a proxy). */
  trustedOrigins?: string[]
  /**
   * Also accept forms whose Origin is the request's own Host: outside production only, where the app
   * answers on whatever address and port it was started on.
   */
  trustHostHeader?: boolean
  /** Which proxies to believe about the client's address (TRUST_PROXY, validated in env.server.ts). */
  trustProxy?: false | number | string[]
  /** Largest request body, in bytes; the import upload has its own limit. */
  bodyLimitBytes?: number
  /** Bearer token for GET /metrics; without one the endpoint does not exist. */
  metricsToken?: string
  /** Serves pages kept ready before Remix renders them (server/page-cache.ts). */
  pageCache?: express.RequestHandler
}

/** Pages that take files: their largest file (import 5 MB, documents and attachments 10 MB) and the form around it. */
const uploadLimits = [
  { path: /^\/staff\/import\/?$/, bytes: 6_000_000 },
  { path: /^\/organisation\/files\/?$/, bytes: 11_000_000 },
  { path: /^\/introductions\/[^/]+\/?$/, bytes: 11_000_000 },
]

const publicDir = path.resolve(import.meta.dirname, '../public')

/** The Express app around Remix: headers, compression and static files first, then the pages. */
export function createHttpApp(options: HttpAppOptions) {
  const app = createHttpStack(options)
  if (options.pageCache) app.use(options.pageCache)
  app.all(
    '*',
    createRequestHandler({
      build: options.build,
      mode: options.mode,
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? null,
      }),
    }),
  )
  return app
}

/**
 * Everything a page request passes through before Remix (logging, headers, metrics, guards, static
 * files), without the pages. The benchmark measures it with a fixed page to show what this stack allows.
 */
export function createHttpStack({
  build,
  mode,
  https,
  trustedOrigins = [],
  trustHostHeader = false,
  trustProxy = false,
  bodyLimitBytes = 1_000_000,
  metricsToken,
}: HttpAppOptions) {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestIdOf(req.headers['x-request-id'])
        res.setHeader('X-Request-Id', id)
        return id
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    }),
  )
  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64')
    next()
  })
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          // An email's HTML part in the development outbox is styled inline, as mail programs need; that
          // page adds its own policy that runs and loads nothing (app/routes/dev.outbox.$id[.]html.ts).
          styleSrc: ["'self'", (req) => (outboxHtmlPath.test(req.url ?? '') ? "'unsafe-inline'" : "'self'")],
          imgSrc: ["'self'", 'data:'],
          connectSrc: mode === 'development' ? ["'self'", 'ws:'] : ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: https ? [] : null,
        },
      },
      strictTransportSecurity: https ? { maxAge: 63_072_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    }),
  )
  app.use(compression())
  app.use(countRequests(build))
  app.get('/metrics', serveMetrics(metricsToken))
  app.use(refuseUnstorableAddresses())
  app.use(
    refuseCrossSiteWrites(trustedOrigins, {
      trustHostHeader,
      // One-click unsubscribing (RFC 8058): the mail program posts, with the link's token as authority.
      exemptPaths: [/^\/email\/unsubscribe\/[^/]+$/],
    }),
  )
  app.use(limitRequestBodies(bodyLimitBytes, uploadLimits))

  // Fingerprinted build assets never change under one name: cache them for a year.
  app.use('/build', express.static(path.join(publicDir, 'build'), { immutable: true, maxAge: '1y' }))
  app.use(servePublicFiles())
  return app
}

/**
 * The files at the top of public/ (favicon...), cached for an hour. Only their exact addresses reach the
 * disk: a page request would otherwise cost a file lookup before every render.
 */
function servePublicFiles(): express.RequestHandler {
  const names = new Set(
    readdirSync(publicDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${entry.name}`),
  )
  const serve = express.static(publicDir, { maxAge: '1h' })
  return (req, res, next) => (names.has(req.path) ? serve(req, res, next) : next())
}
