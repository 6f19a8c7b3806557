import {
  checkAttempts,
  clearAttempts,
  consumeAttempt,
  type RateLimitResult,
} from '~/modules/security/rate-limits.server'
import type { SecondFactorProof } from './session.server'
import { useRecoveryCode, verifyTotp } from './two-factor.server'

export type SecondFactorResult =
  { ok: true; proof: SecondFactorProof } | { ok: false; limited: RateLimitResult | null }

/**
 * Checks an authenticator code (or a recovery code) for a log-in. Every attempt counts towards the
 * per-address log-in limit; wrong codes also count per account, so that six digits cannot be guessed.
 */
export async function checkSecondFactor(
  userId: string,
  code: string,
  clientIp: string | null,
): Promise<SecondFactorResult> {
  const perIp = await consumeAttempt('login-ip', clientIp ?? 'unknown')
  if (!perIp.allowed) return { ok: false, limited: perIp }
  const limit = await checkAttempts('second-factor', userId)
  if (!limit.allowed) return { ok: false, limited: limit }
  const trimmed = code.trim()
  const accepted = /^\d{6}$/.test(trimmed)
    ? await verifyTotp(userId, trimmed)
    : await useRecoveryCode(userId, trimmed)
  if (accepted) {
    await clearAttempts('second-factor', userId)
    return { ok: true, proof: { userId } as SecondFactorProof }
  }
  const counted = await consumeAttempt('second-factor', userId)
  return { ok: false, limited: counted.allowed ? null : counted }
}
