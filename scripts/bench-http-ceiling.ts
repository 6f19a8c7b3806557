/**
 * Started by scripts/bench-run.ts: the production HTTP stack of server/http-app.ts (request logging,
 * security headers, compression, metrics, guards, static files) answering every request with the fixed
 * page in BENCH_PAGE_FILE, as a perfectly cached page would be served. No session, database or render:
 * its throughput is the most any page of that size can reach through this stack.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import { createHttpStack } from '../server/http-app'

const page = readFileSync(process.env.BENCH_PAGE_FILE!)
const buildPath = path.resolve(import.meta.dirname, '../build/index.js')
const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild

const app = createHttpStack({ build, mode: 'production', https: false })
app.get('*', (_req, res) => {
  res.type('html').send(page)
})
app.listen(Number(process.env.PORT), '127.0.0.1')
