import { describe, expect, test } from 'vitest'
import { anAccount, createTestAccount } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { CommonPasswordError } from './accounts.server'
import { logIn } from './log-in.server'
import { resendVerificationLink, signUp, verifyEmail } from './sign-up.server'

const tokenIn = (text: string) => text.match(/\/verify-email\/([A-Za-z0-9_-]+)/)![1]!

describe('sign-up with email confirmation', () => {
  test('a new address gets an account that logs in only after the link is used, once', async () => {
    const account = anAccount()
    await signUp(account)
    expect(await logIn({ email: account.email, password: account.password, clientIp: null })).toEqual({
      status: 'unverified',
    })
    const email = await prisma.emailMessage.findFirstOrThrow({ where: { toAddress: account.email } })
    const token = tokenIn(email.text)
    expect(await verifyEmail(token)).toBeTypeOf('string')
    expect(await verifyEmail(token)).toBeNull()
    expect(await logIn({ email: account.email, password: account.password, clientIp: null })).toMatchObject({
      status: 'ok',
    })
  })

  test('a registered address gets no second account; its owner is told', async () => {
    const owner = await createTestAccount()
    await signUp({
      displayName: 'Someone',
      email: owner.email.toUpperCase(),
      password: 'a long new passphrase',
    })
    expect(await prisma.user.count({ where: { email: owner.email } })).toBe(1)
    const emails = await prisma.emailMessage.findMany({ where: { toAddress: owner.email } })
    expect(emails.map((email) => email.subject)).toEqual([
      'Someone tried to sign up with your address on EU-Japan Circular Metals',
    ])
  })

  test('common passwords are refused whether or not the address is registered', async () => {
    const owner = await createTestAccount()
    await expect(signUp({ ...anAccount(), password: 'qwerty123456' })).rejects.toBeInstanceOf(
      CommonPasswordError,
    )
    await expect(
      signUp({ ...anAccount(), email: owner.email, password: 'qwerty123456' }),
    ).rejects.toBeInstanceOf(CommonPasswordError)
  })

  test('a new link can be asked for; it replaces the old one', async () => {
    const account = anAccount()
    await signUp(account)
    await resendVerificationLink(account.email)
    const emails = await prisma.emailMessage.findMany({
      where: { toAddress: account.email },
      orderBy: { createdAt: 'asc' },
    })
    expect(emails).toHaveLength(2)
    expect(await verifyEmail(tokenIn(emails[0]!.text))).toBeNull()
    expect(await verifyEmail(tokenIn(emails[1]!.text))).toBeTypeOf('string')
  })
})
