import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { anAccount, anOrganisationRow } from '../prisma/seed/builders'
import { verifyCredentials } from '~/modules/auth/accounts.server'
import { prisma } from '~/utils/db.server'

const projectRoot = path.resolve(import.meta.dirname, '..')

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL! },
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
    expect(await verifyCredentials(email, password!)).toMatchObject({ id: user.id })

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
    expect(await verifyCredentials(email, 'a chosen admin password')).toMatchObject({ id: user.id })
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

describe('npm run cli -- import', () => {
  test('imports a valid file, and a file with one bad row imports nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'import-test-'))
    const good = anOrganisationRow()
    const valid = path.join(dir, 'valid.json')
    await writeFile(valid, JSON.stringify({ organisations: [good] }))
    const first = cli('import', valid)
    expect(first.output).toContain('Imported 1 organisations: 1 new, 0 updated.')
    expect(first.status).toBe(0)

    const other = anOrganisationRow()
    const invalid = path.join(dir, 'invalid.json')
    await writeFile(
      invalid,
      JSON.stringify({ organisations: [other, anOrganisationRow({ country: 'Narnia' })] }),
    )
    const second = cli('import', invalid)
    expect(second.status).toBe(1)
    expect(second.output).toContain('Nothing was imported.')
    expect(second.output).toMatch(/row 2 \(Test Organisation [^)]+\), country:/)
    expect(await prisma.organisation.count({ where: { slug: other.slug } })).toBe(0)

    const csv = path.join(dir, 'organisations.csv')
    const name = `Csv Cli Recycling ${Date.now()}`
    await writeFile(
      csv,
      'name,country,description,roles,materials,technologies,offers,seeks,markets\n' +
        `${name},SE,"${good.description}",recycling,lithium,li-ion-battery,recycling-services,,\n`,
    )
    expect(cli('import', csv)).toMatchObject({
      status: 0,
      output: expect.stringContaining('Imported 1 organisations: 1 new, 0 updated.'),
    })
    expect(await prisma.organisation.count({ where: { name } })).toBe(1)

    const notJson = path.join(dir, 'broken.json')
    await writeFile(notJson, '{ organisations: ')
    expect(cli('import', notJson)).toMatchObject({
      status: 1,
      output: expect.stringContaining('Could not read'),
    })
    await rm(dir, { recursive: true, force: true })
  })
})
