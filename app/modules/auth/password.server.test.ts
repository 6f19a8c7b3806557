import { describe, expect, test } from 'vitest'
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password.server'

describe('password hashing', () => {
  test('uses Argon2id with at least OWASP minimum cost (19 MiB, 2 iterations, 1 lane)', async () => {
    const hash = await hashPassword('a long enough password')
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
  })

  test('verifies the right password and rejects a wrong or malformed one', async () => {
    const hash = await hashPassword('a long enough password')
    expect(await verifyPassword(hash, 'a long enough password')).toBe(true)
    expect(await verifyPassword(hash, 'a long enough passwore')).toBe(false)
    expect(await verifyPassword('not a hash', 'a long enough password')).toBe(false)
  })

  test('two hashes of one password differ (salted)', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'))
  })

  test('checking against nothing always fails', async () => {
    expect(await verifyAgainstNothing('a password that no account has, only for timing')).toBe(false)
  })
})
