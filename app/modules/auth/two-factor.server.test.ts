import { describe, expect, test } from 'vitest'
import { createTestAccount } from '../../../prisma/seed/builders'
import { demoTotpSecret } from '../../../prisma/seed/demo-data'
import { prisma } from '~/utils/db.server'
import {
  beginTwoFactorSetup,
  disableTwoFactor,
  enableTwoFactor,
  totpCodeFor,
  twoFactorStatus,
  verifyTotp,
} from './two-factor.server'

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

describe('enrolling and removing an authenticator', () => {
  const otherSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

  test('starting a new enrolment leaves the current second factor in force until the new one is confirmed', async () => {
    const member = await createTestAccount()
    await beginTwoFactorSetup(member.id)
    const first = (await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).totpPendingSecret!
    expect(await enableTwoFactor(member.id, totpCodeFor(first))).toHaveLength(10)

    // Starting again without the password and a current code is refused, and changes nothing.
    expect(await beginTwoFactorSetup(member.id)).toEqual({ ok: false, problem: 'reauthenticate' })
    expect(
      await beginTwoFactorSetup(member.id, { password: 'wrong password!', code: totpCodeFor(first) }),
    ).toEqual({ ok: false, problem: 'reauthenticate' })
    const unchanged = await prisma.user.findUniqueOrThrow({ where: { id: member.id } })
    expect(unchanged).toMatchObject({ totpSecret: first, totpPendingSecret: null })
    expect(unchanged.totpEnabledAt).not.toBeNull()

    // With both, a new authenticator is enrolled beside the current one.
    const later = Date.now() + 30_000
    expect(
      await beginTwoFactorSetup(member.id, { password: member.password, code: totpCodeFor(first, later) }),
    ).toEqual({ ok: true })
    const enrolling = await prisma.user.findUniqueOrThrow({ where: { id: member.id } })
    expect(enrolling.totpSecret).toBe(first)
    expect(enrolling.totpEnabledAt).not.toBeNull()
    expect(enrolling.totpPendingSecret).not.toBeNull()
    expect(await twoFactorStatus(member.id)).toMatchObject({ enabled: true, settingUp: true })

    // A code of another key does not confirm it; a code of the new one does, and replaces the old.
    expect(await enableTwoFactor(member.id, totpCodeFor(otherSecret))).toBeNull()
    expect(await enableTwoFactor(member.id, totpCodeFor(enrolling.totpPendingSecret!))).toHaveLength(10)
    expect(await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      totpSecret: enrolling.totpPendingSecret,
      totpPendingSecret: null,
    })
  })

  test('turning it off needs the password and a current code; staff cannot turn it off at all', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const code = totpCodeFor(demoTotpSecret)
    expect(await disableTwoFactor(staff.id, { password: staff.password, code })).toEqual({
      ok: false,
      problem: 'staff-must-keep',
    })
    expect((await prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).totpEnabledAt).not.toBeNull()

    const member = await createTestAccount()
    await beginTwoFactorSetup(member.id)
    const secret = (await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).totpPendingSecret!
    await enableTwoFactor(member.id, totpCodeFor(secret))
    const next = totpCodeFor(secret, Date.now() + 30_000)
    expect(await disableTwoFactor(member.id, { password: 'not the password', code: next })).toEqual({
      ok: false,
      problem: 'reauthenticate',
    })
    expect(await disableTwoFactor(member.id, { password: member.password, code: next })).toEqual({ ok: true })
    expect(await twoFactorStatus(member.id)).toMatchObject({ enabled: false, settingUp: false })
  })
})
