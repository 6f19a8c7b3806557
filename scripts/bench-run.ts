/**
 * One benchmark run against one database (its URL in DATABASE_URL), printing JSON results on standard
 * output. Started by scripts/bench.ts, once per size, so that each run has its own database client.
 */
import { spawn } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

async function time(
  runs: number,
  task: (index: number) => Promise<unknown>,
  { warmUp = task }: { warmUp?: (index: number) => Promise<unknown> } = {},
) {
  for (let i = 0; i < 3; i++) await warmUp(i)
  const durations: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await task(i)
    durations.push(performance.now() - start)
  }
  return { runs, p50: +percentile(durations, 50).toFixed(1), p95: +percentile(durations, 95).toFixed(1) }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const throughput = (url: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve, reject) => {
    autocannon({ url, connections: 20, duration: 10, headers }, (error, result) =>
      error ? reject(error) : resolve(Math.round(result.requests.average)),
    )
  })

/** Starts a server script in production mode on a free port, and waits until `readyPath` answers. */
async function startServer(script: string, readyPath: string, env: Record<string, string>) {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production', HTTPS: 'false', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { url, stop }
}

async function main() {
  const { prisma } = await import('~/utils/db.server')
  const { suggestPartners } = await import('~/modules/matching/suggestions.server')
  const { findLeads } = await import('~/modules/matching/leads.server')
  const { searchDirectory } = await import('~/modules/directory/directory.server')
  const { parseDirectoryQuery } = await import('~/modules/directory/directory-query')
  const { startSession } = await import('~/modules/auth/session.server')
  const { createAccount } = await import('~/modules/auth/accounts.server')

  const organisations = await prisma.organisation.count()
  const sample = await prisma.organisation.findMany({
    where: { status: 'approved', region: { in: ['eu', 'jp'] } },
    select: { id: true, slug: true },
    orderBy: { id: 'asc' },
    take: 43,
  })
  // First for each organisation: nothing computed ahead, so a search of every organisation (and the
  // result kept). Then again: what a page finds once the job runner has computed them ahead.
  const suggestionsComputed = await time(40, (i) => suggestPartners(sample[(i + 3) % sample.length]!.slug), {
    warmUp: (i) => suggestPartners(sample[i]!.slug),
  })
  const suggestions = await time(40, (i) => suggestPartners(sample[(i + 3) % sample.length]!.slug))
  // The first search on a server reads every organisation's tags into the facet index.
  const indexStart = performance.now()
  await searchDirectory(parseDirectoryQuery(new URLSearchParams()))
  const directoryFirstSearchMs = +(performance.now() - indexStart).toFixed(1)
  const directory = await time(40, (i) => {
    const materials = ['lithium', 'cobalt', 'nickel', 'neodymium', 'gallium']
    const params = new URLSearchParams({
      material: materials[i % materials.length]!,
      region: i % 2 ? 'jp' : 'eu',
    })
    return searchDirectory(parseDirectoryQuery(params))
  })
  // Words as people type them: a place without its accents, a plural, a name with a typo, Japanese,
  // a name and a place; each matches from a few to about a tenth of the organisations.
  const searches = [
    'gdansk',
    'magnets',
    'nagoya recyclng',
    'リサイクル',
    'düsseldorf batteries',
    'kobe catalyst',
  ]
  const directoryText = await time(40, (i) =>
    searchDirectory(parseDirectoryQuery(new URLSearchParams({ q: searches[i % searches.length]! }))),
  )
  const leads = await time(5, () => findLeads({ market: 'asean', limit: 50 }))
  // A company's own leads page: its partners in each market it targets.
  const leadsForOne = await time(20, (i) =>
    findLeads({ organisationId: sample[i % sample.length]!.id, limit: 50 }),
  )

  // The suggestions page through the real server, beside a bare node:http server sending as many bytes.
  const member = await createAccount({
    email: `bench-${Date.now()}@example.com`,
    password: 'copper kettle on a slow train',
    displayName: 'Bench',
  })
  await prisma.organisationMember.create({
    data: { organisationId: sample[0]!.id, userId: member.id, role: 'owner' },
  })
  const cookie = (await startSession(member.id, { userAgent: 'bench', ipAddress: null })).cookie.split(
    ';',
  )[0]!
  const app = await startServer('server/main.ts', '/readyz', {
    DATABASE_POOL_MAX: '10',
    // Measured with suggestions already computed and the job runner not computing more meanwhile.
    SUGGESTIONS_AHEAD_SECONDS_PER_MINUTE: '0',
  })
  const pageUrl = `${app.url}/suggestions`
  const pageResponse = await fetch(pageUrl, { headers: { Cookie: cookie }, redirect: 'manual' })
  const page = await pageResponse.text()
  // Measure the real page, never a redirect to the log-in page.
  if (pageResponse.status !== 200 || !page.includes('Suggested partners')) {
    throw new Error(`The suggestions page answered ${pageResponse.status} instead of the page.`)
  }
  const appRps = await throughput(pageUrl, { Cookie: cookie })
  // The lightest signed-in page through the same server: what session, layout and rendering cost alone.
  const lightUrl = `${app.url}/account/preferences`
  const lightResponse = await fetch(lightUrl, { headers: { Cookie: cookie }, redirect: 'manual' })
  if (lightResponse.status !== 200) throw new Error(`The preferences page answered ${lightResponse.status}.`)
  const lightRps = await throughput(lightUrl, { Cookie: cookie })
  await app.stop()

  const body = Buffer.from(page)
  // The same page served ready-made through the same HTTP stack: the most any page can reach through it.
  const pageFile = path.join(os.tmpdir(), `bench-page-${process.pid}.html`)
  await writeFile(pageFile, body)
  const ceiling = await startServer('scripts/bench-http-ceiling.ts', '/', { BENCH_PAGE_FILE: pageFile })
  const ceilingRps = await throughput(`${ceiling.url}/suggestions`)
  await ceiling.stop()
  const bare = await startServer('scripts/bench-bare-server.ts', '/', { BENCH_PAGE_FILE: pageFile })
  const bareRps = await throughput(`${bare.url}/`)
  await bare.stop()
  await rm(pageFile)

  process.stdout.write(
    `\n${JSON.stringify({
      organisations,
      suggestionsComputed,
      suggestions,
      directoryFirstSearchMs,
      directory,
      directoryText,
      leads,
      leadsForOne,
      page: {
        bytes: body.length,
        appRequestsPerSecond: appRps,
        bareRequestsPerSecond: bareRps,
        ratio: +(appRps / bareRps).toFixed(3),
        lightestSignedInPageRequestsPerSecond: lightRps,
        readyMadePageThroughHttpStackRequestsPerSecond: ceilingRps,
        readyMadePageRatio: +(ceilingRps / bareRps).toFixed(3),
      },
    })}\n`,
  )
  await prisma.$disconnect()
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
