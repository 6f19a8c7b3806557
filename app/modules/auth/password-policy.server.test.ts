import { describe, expect, test } from 'vitest'
import { anAccount } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { CommonPasswordError, createAccount } from './accounts.server'
import { isGuessablePassword } from './password-policy.server'

describe('common and breached passwords', () => {
  test('are recognised whatever their case; unusual ones are not', () => {
    expect(isGuessablePassword('password')).toBe(true)
    expect(isGuessablePassword('1QAZ2WSX3EDC')).toBe(true)
    expect(isGuessablePassword('qwerty123456')).toBe(true)
    expect(isGuessablePassword('copper kettle on the tatami')).toBe(false)
  })

  test('passwords made only of the site’s or the person’s own names are refused too', () => {
    const person = { email: 'anna.lindqvist@nordic-battery-loop.example', displayName: 'Anna Lindqvist' }
    expect(isGuessablePassword('EUJapanCircular2026!', person)).toBe(true)
    expect(isGuessablePassword('circular metals centre', person)).toBe(true)
    expect(isGuessablePassword('AnnaLindqvist1987', person)).toBe(true)
    expect(isGuessablePassword('lindqvist-japan-2026', person)).toBe(true)
    expect(isGuessablePassword('Anna likes copper kettles', person)).toBe(false)
    expect(isGuessablePassword('circular-demo-2026', person)).toBe(false)
  })

  test('are refused when an account is created, and nothing is saved', async () => {
    const account = anAccount({ password: 'qwerty123456' })
    await expect(createAccount(account)).rejects.toBeInstanceOf(CommonPasswordError)
    expect(await prisma.user.count({ where: { email: account.email } })).toBe(0)
  })
})
