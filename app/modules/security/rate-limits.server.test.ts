import { inEnglish } from '../../../tests/support/in-english'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, test } from 'vitest'
import { checkAttempts, clearAttempts, consumeAttempt, tooManyAttemptsMessage } from './rate-limits.server'

const key = () => `test-${randomBytes(4).toString('hex')}`

describe('rate limits kept in PostgreSQL', () => {
  afterEach(() => {
    delete process.env.RATE_LIMIT_SIGNUP_PER_IP
  })

  test('a key is refused after its limit, with the wait; other keys are not affected', async () => {
    process.env.RATE_LIMIT_SIGNUP_PER_IP = '3'
    const address = key()
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await consumeAttempt('signup-ip', address)).toEqual({ allowed: true })
    }
    const refused = await consumeAttempt('signup-ip', address)
    expect(refused.allowed).toBe(false)
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(3000)
    expect(await consumeAttempt('signup-ip', key())).toEqual({ allowed: true })
  })

  test('checking does not count; clearing starts over', async () => {
    process.env.RATE_LIMIT_SIGNUP_PER_IP = '2'
    const address = key()
    await consumeAttempt('signup-ip', address)
    expect(await checkAttempts('signup-ip', address)).toEqual({ allowed: true })
    await consumeAttempt('signup-ip', address)
    expect((await checkAttempts('signup-ip', address)).allowed).toBe(false)
    await clearAttempts('signup-ip', address)
    expect(await checkAttempts('signup-ip', address)).toEqual({ allowed: true })
  })

  test('the message gives the wait in minutes', () => {
    expect(inEnglish(tooManyAttemptsMessage(30))).toBe('Too many attempts. Try again in 1 minute.')
    expect(inEnglish(tooManyAttemptsMessage(900))).toBe('Too many attempts. Try again in 15 minutes.')
  })
})
