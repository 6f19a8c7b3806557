import type { RequestHandler } from 'express'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses every state-changing request that does not come from our own pages: its Origin must be one of
 * `trustedOrigins` (APP_ORIGIN and the configured ones); without an Origin, the browser's Sec-Fetch-Site
 * must say same-origin. A request with neither (not from a browser) is refused too. Only where
 * `trustHostHeader` (development and tests, on whatever port) does the request's own Host count as ours:
 * in production a forged Host header must not make a foreign Origin look like this site.
 */
export function refuseCrossSiteWrites(
  trustedOrigins: string[],
  {
    trustHostHeader = false,
    exemptPaths = [],
  }: {
    trustHostHeader?: boolean
    /** Addresses whose own secret authorises the request, not a cookie: mail programs post to them. */
    exemptPaths?: RegExp[]
  } = {},
): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method)) return next()
    if (exemptPaths.some((path) => path.test(req.path))) return next()
    const origin = req.get('origin')
    const ownOrigin = trustHostHeader ? `${req.protocol}://${req.get('host')}` : null
    const sameSite = origin
      ? origin === ownOrigin || trustedOrigins.includes(origin)
      : req.get('sec-fetch-site') === 'same-origin'
    if (sameSite) return next()
    res.status(403).type('text/plain').send('Refused: this request did not come from this site.')
  }
}

/**
 * Refuses addresses that no page of ours links to and that PostgreSQL could not store: a NUL byte
 * (`%00`) anywhere in the path or query, or percent-encoding that does not decode. 400, before any route.
 */
export function refuseUnstorableAddresses(): RequestHandler {
  return (req, res, next) => {
    let decoded: string
    try {
      decoded = decodeURIComponent(req.originalUrl.replace(/\+/g, ' '))
    } catch {
      res.status(400).type('text/plain').send('Refused: this address is not properly encoded.')
      return
    }
    if (decoded.includes('\0')) {
      res.status(400).type('text/plain').send('Refused: this address contains a NUL character.')
      return
    }
    next()
  }
}

/**
 * Refuses request bodies over `maxBytes` (413) before anything reads them. Bodies must say their
 * length (browsers do for forms and uploads), so that the limit holds without buffering.
 */
export function limitRequestBodies(
  maxBytes: number,
  largerLimits: Array<{ path: RegExp; bytes: number }> = [],
): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method)) return next()
    const limit = largerLimits.find(({ path }) => path.test(req.path))?.bytes ?? maxBytes
    const declared = req.get('content-length')
    if (declared === undefined) {
      if (req.get('transfer-encoding')) {
        res.status(411).type('text/plain').send('Send the length of the request body.')
        return
      }
      return next()
    }
    if (Number(declared) > limit) {
      res.status(413).type('text/plain').send(`Request body too large: the limit is ${limit} bytes.`)
      req.resume()
      return
    }
    next()
  }
}
