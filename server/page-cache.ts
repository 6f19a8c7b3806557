import type { RequestHandler, Response } from 'express'
import { LRUCache } from 'lru-cache'
import { recordPageCache } from './metrics'

/** What the page cache needs to know about data changes (server/data-changes.ts). */
export type ChangeFeed = {
  listening: () => boolean
  subscribe: (onChange: (table: string | null) => void) => void
}

export type PageCacheOptions = {
  /** Exact paths whose signed-in pages may be kept ready. */
  paths: string[]
  changes: ChangeFeed
  /** Until when the session behind a Cookie header stays unchanged; null: keep nothing for it. */
  sessionUnchangedUntil: (cookieHeader: string) => Promise<Date | null>
  maxBytes: number
  /** The longest a page is kept, even if nothing changes (pages also depend on the time). */
  maxAgeMs?: number
}

type KeptPage = {
  /** The page cut where its CSP nonce was, so that each response carries its own. */
  parts: Buffer[]
  headers: Record<string, string>
  bytes: number
  until: number
}

const keptHeaders = ['content-type', 'vary', 'cache-control']
const largestPageBytes = 2_000_000

/**
 * Keeps each signed-in page of `paths` ready, per URL, cookies and language, until any of the data pages
 * show changes in the database (announced to every server), a request that may write is handled here,
 * its session would be extended, or `maxAgeMs` passes. A page is kept only from a 200 response that set
 * no cookie. While changes cannot be heard, nothing is kept or served. See ADR 012.
 */
export function keepPagesReady({
  paths,
  changes,
  sessionUnchangedUntil,
  maxBytes,
  maxAgeMs = 10 * 60_000,
}: PageCacheOptions): RequestHandler {
  const cached = new Set(paths)
  const pages = new LRUCache<string, KeptPage>({
    maxSize: maxBytes,
    sizeCalculation: (page) => page.bytes,
  })
  // Raised by every change: a page rendered while it moved may show data from before the change.
  let generation = 0
  const forgetAll = () => {
    generation++
    pages.clear()
  }
  changes.subscribe(forgetAll)

  return (req, res, next) => {
    const mayWrite = req.method !== 'GET' && req.method !== 'HEAD'
    if (mayWrite) {
      // Its own writes may be read back by the next request, before the database's announcement arrives.
      forgetAll()
      res.on('close', forgetAll)
      return next()
    }
    const cookie = req.get('cookie')
    const keepable = req.method === 'GET' && cached.has(req.path) && cookie && !('_data' in req.query)
    if (!keepable || !changes.listening()) return next()

    const key = JSON.stringify([req.originalUrl, cookie, req.get('accept-language') ?? ''])
    const page = pages.get(key)
    const nonce = res.locals.cspNonce as string
    if (page && Date.now() < page.until) {
      const body = joinWith(page.parts, Buffer.from(nonce))
      recordPageCache(req.path, 'hit')
      res.status(200).set(page.headers).set('X-Page-Cache', 'hit')
      res.setHeader('Content-Length', body.length)
      res.end(body)
      return
    }
    recordPageCache(req.path, 'miss')
    res.set('X-Page-Cache', 'miss')
    const renderedIn = generation
    const body = captureBody(res)
    res.on('finish', () => {
      const html = body()
      const headers = res.getHeaders()
      if (res.statusCode !== 200 || headers['set-cookie'] || html === null) return
      void sessionUnchangedUntil(cookie)
        .then((sessionUntil) => {
          if (!sessionUntil || generation !== renderedIn || !changes.listening()) return
          pages.set(key, {
            parts: html.split(nonce).map((part) => Buffer.from(part)),
            headers: Object.fromEntries(
              keptHeaders.flatMap((name) => (headers[name] ? [[name, String(headers[name])]] : [])),
            ),
            bytes: Buffer.byteLength(html),
            until: Math.min(sessionUntil.getTime(), Date.now() + maxAgeMs),
          })
        })
        .catch(() => undefined)
    })
    next()
  }
}

function joinWith(parts: Buffer[], separator: Buffer) {
  return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part])))
}

/** Collects what is written to the response; null if it grew too large to keep. */
function captureBody(res: Response): () => string | null {
  const chunks: Buffer[] = []
  let size = 0
  const keep = (chunk: unknown) => {
    if (size > largestPageBytes || chunk === undefined || chunk === null || typeof chunk === 'function')
      return
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)
    size += buffer.length
    chunks.push(buffer)
  }
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  res.write = ((chunk: unknown, ...rest: never[]) => {
    keep(chunk)
    return write(chunk as never, ...rest)
  }) as typeof res.write
  res.end = ((chunk?: unknown, ...rest: never[]) => {
    keep(chunk)
    return end(chunk as never, ...rest)
  }) as typeof res.end
  return () => (size > largestPageBytes ? null : Buffer.concat(chunks).toString('utf8'))
}
