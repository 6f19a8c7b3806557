import { describe, expect, test } from 'vitest'
import { anAccount } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { CommonPasswordError, createAccount } from './accounts.server'
import { isCommonPassword } from './password-policy.server'

describe('common and breached passwords', () => {
  test('are recognised whatever their case; unusual ones are not', () => {
    expect(isCommonPassword('password')).toBe(true)
    expect(isCommonPassword('1QAZ2WSX3EDC')).toBe(true)
    expect(isCommonPassword('qwerty123456')).toBe(true)
    expect(isCommonPassword('copper kettle on the tatami')).toBe(false)
  })

  test('are refused when an account is created, and nothing is saved', async () => {
    const account = anAccount({ password: 'qwerty123456' })
    await expect(createAccount(account)).rejects.toBeInstanceOf(CommonPasswordError)
    expect(await prisma.user.count({ where: { email: account.email } })).toBe(0)
  })
})
