import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { anAccount } from '../prisma/seed/builders'
import { verifyCredentials } from '~/modules/auth/accounts.server'
import { prisma } from '~/utils/db.server'

const projectRoot = path.resolve(import.meta.dirname, '..')

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('npm run cli -- user:create', () => {
  test('creates a staff account with a generated password, then promotes it to admin', async () => {
    const { email } = anAccount()
    const created = cli('user:create', '--email', email, '--role', 'staff', '--name', 'Mika Staff')
    expect(created.status).toBe(0)
    expect(created.output).toContain(`Created ${email} with role staff.`)
    const password = /Password \(shown once\): (\S+)/.exec(created.output)?.[1]
    expect(password).toBeTruthy()
    const user = await prisma.user.findUniqueOrThrow({ where: { email } })
    expect(user).toMatchObject({ role: 'staff', displayName: 'Mika Staff' })
    expect(await verifyCredentials(email, password!)).toEqual({ id: user.id })

    const promoted = cli(
      'user:create',
      '--email',
      email,
      '--role',
      'admin',
      '--password',
      'a chosen admin password',
    )
    expect(promoted.status).toBe(0)
    expect(promoted.output).not.toContain('shown once')
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe('admin')
    expect(await verifyCredentials(email, 'a chosen admin password')).toEqual({ id: user.id })
  })

  test('bad input is explained and changes nothing', async () => {
    const { email } = anAccount()
    const result = cli('user:create', '--email', email, '--role', 'king', '--password', 'short')
    expect(result.status).toBe(1)
    expect(result.output).toContain('--role must be one of: member, staff, admin.')
    expect(result.output).toContain('Use at least 12 characters.')
    expect(await prisma.user.count({ where: { email } })).toBe(0)

    const unknown = cli('user:delete', '--email', email)
    expect(unknown.status).toBe(2)
    expect(unknown.output).toContain('Usage: npm run cli -- user:create')
  })
})
