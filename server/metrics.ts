import { timingSafeEqual } from 'node:crypto'
import type { ServerBuild } from '@remix-run/node'
import type { RequestHandler } from 'express'
import { metrics, recordRequest } from '~/modules/ops/metrics.server'
import { routeOf, routePatterns, type RoutePattern } from '~/modules/ops/route-patterns'

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
