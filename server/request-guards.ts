import type { RequestHandler } from 'express'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses every state-changing request that does not come from our own pages: its Origin must be this
 * site (or one of `trustedOrigins`); without an Origin, the browser's Sec-Fetch-Site must say
 * same-origin. A request with neither (not from a browser) is refused too.
 */
export function refuseCrossSiteWrites(trustedOrigins: string[]): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method)) return next()
    const origin = req.get('origin')
    const ownOrigin = `${req.protocol}://${req.get('host')}`
    const sameSite = origin
      ? origin === ownOrigin || trustedOrigins.includes(origin)
      : req.get('sec-fetch-site') === 'same-origin'
    if (sameSite) return next()
    res.status(403).type('text/plain').send('Refused: this request did not come from this site.')
  }
}

/**
 * Refuses request bodies over `maxBytes` (413) before anything reads them. Bodies must say their
 * length (browsers do for forms and uploads), so that the limit holds without buffering.
 */
export function limitRequestBodies(
  maxBytes: number,
  largerLimits: Record<string, number> = {},
): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method)) return next()
    const limit = largerLimits[req.path] ?? maxBytes
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
