import { PassThrough } from 'node:stream'
import {
  createReadableStreamFromReadable,
  type ActionFunctionArgs,
  type AppLoadContext,
  type EntryContext,
  type LoaderFunctionArgs,
} from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { NonceProvider } from './components/nonce'
import { isDatabaseUnavailable } from './utils/database-errors.server'
import { loggablePath, logger } from './utils/logger.server'

const streamTimeoutMs = 5_000

/** Requests whose loaders or actions failed because the database could not be reached. */
const databaseDown = new WeakSet<Request>()

export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return
  if (isDatabaseUnavailable(error)) {
    databaseDown.add(request)
    logger.warn({ err: error, path: loggablePath(new URL(request.url).pathname) }, 'database unavailable')
    return
  }
  logger.error({ err: error, path: loggablePath(new URL(request.url).pathname) }, 'request failed')
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // While the database is unreachable the answer is "try again shortly", not a server bug.
  if (databaseDown.has(request)) {
    responseStatusCode = 503
    responseHeaders.set('Retry-After', '5')
  }
  // Bots get the whole document at once; people get it streamed as it is ready.
  const readyEvent = isbot(request.headers.get('user-agent') ?? '') ? 'onAllReady' : 'onShellReady'
  const nonce = loadContext.cspNonce
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeoutMs} />
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true
          const body = new PassThrough()
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          )
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          // Errors after the shell are reported by the error boundary; log the rest.
          if (shellRendered) logger.error({ err: error }, 'render failed')
        },
      },
    )
    setTimeout(abort, streamTimeoutMs + 1_000)
  })
}
