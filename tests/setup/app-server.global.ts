/**
 * Starts the built app as `npm start` would (server/main.ts over the build), on a free port and this
 * run's database, for the end-to-end tests. `npm test` builds first.
 */
import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

export const testMetricsToken = 'test-metrics-token-0123456789'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const projectRoot = path.resolve(import.meta.dirname, '../..')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

async function waitUntilHealthy(url: string, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The app did not become healthy at ${url}. Its output:\n${output()}`)
}

/** Starts server/main.ts on a free port and the given database; resolves once it is ready. */
export async function startAppServer(databaseUrl: string) {
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'test',
      JOB_POLLING_INTERVAL_SECONDS: '0.5',
      EMAIL_RELAY_INTERVAL_MS: '500',
      // Every browser test logs in from this machine: the per-address limit is raised; the
      // per-account limit stays as in production and is tested.
      RATE_LIMIT_LOGIN_PER_IP: '100000',
      RATE_LIMIT_SIGNUP_PER_IP: '100000',
      RATE_LIMIT_REFUSED_FORMS_PER_IP: '100000',
      METRICS_TOKEN: testMetricsToken,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  await waitUntilHealthy(baseUrl, () => output)
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

export default async function setup(project: TestProject) {
  const { databaseUrl } = project.getProvidedContext()
  if (!databaseUrl) throw new Error('The test database must be set up before the app server.')
  const server = await startAppServer(databaseUrl)
  project.provide('baseUrl', server.baseUrl)
  return server.stop
}
