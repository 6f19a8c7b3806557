import {
  checkAttempts,
  clearAttempts,
  consumeAttempt,
  type RateLimitResult,
} from '~/modules/security/rate-limits.server'
import { useRecoveryCode, verifyTotp } from './two-factor.server'

export type SecondFactorResult = { ok: true } | { ok: false; limited: RateLimitResult | null }

/**
 * Checks an authenticator code (or a recovery code) for a log-in. Wrong codes count per account, so
 * that six digits cannot be guessed; a right one clears the count.
 */
export async function checkSecondFactor(userId: string, code: string): Promise<SecondFactorResult> {
  const limit = await checkAttempts('second-factor', userId)
  if (!limit.allowed) return { ok: false, limited: limit }
  const trimmed = code.trim()
  const accepted = /^\d{6}$/.test(trimmed)
    ? await verifyTotp(userId, trimmed)
    : await useRecoveryCode(userId, trimmed)
  if (accepted) {
    await clearAttempts('second-factor', userId)
    return { ok: true }
  }
  const counted = await consumeAttempt('second-factor', userId)
  return { ok: false, limited: counted.allowed ? null : counted }
}
