import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, describe, expect, inject, test } from 'vitest'
import { dropDatabase, ensureDatabaseExists } from './database/admin'

const projectRoot = path.resolve(import.meta.dirname, '..')
const created: string[] = []

afterAll(async () => {
  for (const url of created) await dropDatabase(url)
})

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '45999', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('starting the server', () => {
  test('in production, a database with pending migrations is refused with a clear message', async () => {
    const url = new URL(inject('serverUrl'))
    url.pathname = `/unmigrated_${Date.now()}`
    await ensureDatabaseExists(url.toString())
    created.push(url.toString())
    const result = start({ NODE_ENV: 'production', DATABASE_URL: url.toString() })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Not starting: the database has pending migrations')
    expect(result.stderr).toContain('npm run db:migrate')
  })

  test('a malformed environment variable is named and the start stops', () => {
    const result = start({ NODE_ENV: 'production', DATABASE_URL: 'mysql://nowhere', PORT: 'eighty' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL')
    expect(result.stderr).toMatch(/PORT:/)
  })
})
