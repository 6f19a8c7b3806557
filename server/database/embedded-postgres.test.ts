import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { createPgPool } from '~/utils/pg-pool.server'
import { startEmbeddedPostgres } from './embedded-postgres'

const dataDir = path.join(os.tmpdir(), `embedded-postgres-test-${randomBytes(4).toString('hex')}`)

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

async function query(url: string, sql: string) {
  const pool = createPgPool(url, { max: 1, name: 'test' })
  try {
    return (await pool.query(sql)).rows
  } finally {
    await pool.end()
  }
}

describe('embedded PostgreSQL', () => {
  test('keeps its data across restarts and refuses a second server on the same folder', async () => {
    const first = await startEmbeddedPostgres({ dataDir })
    try {
      await query(
        first.urlFor('postgres'),
        'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)',
      )
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already running/)
    } finally {
      await first.stop()
    }

    const second = await startEmbeddedPostgres({ dataDir })
    try {
      expect(await query(second.urlFor('postgres'), 'SELECT note FROM kept')).toEqual([
        { note: 'still here' },
      ])
      expect(await query(second.urlFor('postgres'), 'SHOW listen_addresses')).toEqual([
        { listen_addresses: '127.0.0.1' },
      ])
    } finally {
      await second.stop()
    }
  })
})

describe('embedded PostgreSQL after a crash', () => {
  test('a server left running by a killed start is stopped, and its data reused', async () => {
    const crashDir = `${dataDir}-crash`
    const starter = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--eval',
        `import('./server/database/embedded-postgres.ts').then(async ({ startEmbeddedPostgres }) => {
          const server = await startEmbeddedPostgres({ dataDir: process.argv[1] })
          console.log('READY ' + server.urlFor('postgres'))
          setInterval(() => {}, 1000)
        })`,
        crashDir,
      ],
      { cwd: path.resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const url = await new Promise<string>((resolve) => {
      starter.stdout.on('data', (chunk: Buffer) => {
        const match = /READY (\S+)/.exec(String(chunk))
        if (match) resolve(match[1]!)
      })
    })
    await query(url, 'CREATE TABLE survived (ok boolean); INSERT INTO survived VALUES (true)')
    starter.kill('SIGKILL')
    await new Promise((resolve) => starter.once('exit', resolve))

    const restarted = await startEmbeddedPostgres({ dataDir: crashDir, persistent: false })
    try {
      expect(await query(restarted.urlFor('postgres'), 'SELECT ok FROM survived')).toEqual([{ ok: true }])
    } finally {
      await restarted.stop()
    }
  })
})
