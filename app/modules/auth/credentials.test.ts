import { inEnglish } from '../../../tests/support/in-english'
import { describe, expect, test } from 'vitest'
import { displayNameSchema, emailSchema, newPasswordSchema } from './credentials'

describe('credential rules', () => {
  test('a password has 12 to 128 characters, with no composition rules', () => {
    expect(inEnglish(newPasswordSchema.safeParse('a'.repeat(11)).error?.issues[0]?.message ?? '')).toBe(
      'Use at least 12 characters.',
    )
    expect(newPasswordSchema.safeParse('a'.repeat(12)).success).toBe(true)
    expect(newPasswordSchema.safeParse('a'.repeat(128)).success).toBe(true)
    expect(inEnglish(newPasswordSchema.safeParse('a'.repeat(129)).error?.issues[0]?.message ?? '')).toBe(
      'Use at most 128 characters.',
    )
    expect(inEnglish(newPasswordSchema.safeParse(undefined).error?.issues[0]?.message ?? '')).toBe(
      'Choose a password.',
    )
  })

  test('an email is trimmed, lower-cased and checked', () => {
    expect(emailSchema.parse('  Anna@Example.COM ')).toBe('anna@example.com')
    expect(inEnglish(emailSchema.safeParse('anna').error?.issues[0]?.message ?? '')).toMatch(
      /valid email address/,
    )
    expect(inEnglish(emailSchema.safeParse(undefined).error?.issues[0]?.message ?? '')).toBe(
      'Enter your email address.',
    )
  })

  test('a display name is required and bounded', () => {
    expect(inEnglish(displayNameSchema.safeParse('   ').error?.issues[0]?.message ?? '')).toBe(
      'Enter your name.',
    )
    expect(displayNameSchema.safeParse('x'.repeat(101)).success).toBe(false)
    expect(displayNameSchema.parse(' Kenji Sato ')).toBe('Kenji Sato')
  })
})
