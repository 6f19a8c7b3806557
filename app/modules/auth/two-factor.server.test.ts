import { describe, expect, test } from 'vitest'
import { createTestAccount } from '../../../prisma/seed/builders'
import { demoTotpSecret } from '../../../prisma/seed/demo-data'
import { totpCodeFor, verifyTotp } from './two-factor.server'

describe('authenticator codes', () => {
  test('a code works once; codes of the neighbouring steps are accepted, older ones are not', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const now = Date.now()
    const code = totpCodeFor(demoTotpSecret, now)
    expect(await verifyTotp(staff.id, code, now)).toBe(true)
    expect(await verifyTotp(staff.id, code, now)).toBe(false)
    expect(await verifyTotp(staff.id, totpCodeFor(demoTotpSecret, now + 30_000), now)).toBe(true)
    expect(await verifyTotp(staff.id, totpCodeFor(demoTotpSecret, now + 90_000), now)).toBe(false)
    expect(await verifyTotp(staff.id, 'abcdef', now)).toBe(false)
  })

  test('a member without 2FA has no code to give', async () => {
    const member = await createTestAccount()
    expect(await verifyTotp(member.id, totpCodeFor(demoTotpSecret))).toBe(false)
  })
})
