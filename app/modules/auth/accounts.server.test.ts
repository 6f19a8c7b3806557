import { describe, expect, test } from 'vitest'
import { anAccount, createTestAccount } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { createAccount, EmailTakenError, upsertAccountWithRole, verifyCredentials } from './accounts.server'

describe('accounts', () => {
  test('a new account is a member with a stored (hashed) password and a lower-case email', async () => {
    const account = anAccount({ email: `Mixed.Case-${Date.now()}@Example.com` })
    const user = await createAccount(account)
    expect(user.role).toBe('member')
    expect(user.email).toBe(account.email.toLowerCase())
    const stored = await prisma.password.findUniqueOrThrow({ where: { userId: user.id } })
    expect(stored.hash).not.toContain(account.password)
  })

  test('an email can hold only one account, whatever its case, and the second attempt changes nothing', async () => {
    const first = await createTestAccount()
    await expect(createAccount(anAccount({ email: first.email.toUpperCase() }))).rejects.toBeInstanceOf(
      EmailTakenError,
    )
    expect(await prisma.user.count({ where: { email: first.email } })).toBe(1)
  })

  test('credentials open the account; a wrong password and an unknown email both give null', async () => {
    const user = await createTestAccount()
    expect(await verifyCredentials(user.email.toUpperCase(), user.password)).toMatchObject({ id: user.id })
    expect(await verifyCredentials(user.email, `${user.password}x`)).toBeNull()
    expect(await verifyCredentials(`nobody-${Date.now()}@example.com`, user.password)).toBeNull()
  })

  test('upserting with a role creates, then promotes and resets the password of, an account', async () => {
    const account = anAccount({ role: 'staff' })
    const created = await upsertAccountWithRole(account)
    expect(created).toMatchObject({ created: true, user: { role: 'staff' } })

    const promoted = await upsertAccountWithRole({
      ...account,
      role: 'admin',
      password: 'a brand new password',
    })
    expect(promoted).toMatchObject({ created: false, user: { id: created.user.id, role: 'admin' } })
    expect(await verifyCredentials(account.email, 'a brand new password')).toMatchObject({
      id: created.user.id,
    })
    expect(await verifyCredentials(account.email, account.password)).toBeNull()
  })
})
