import {
  checkAttempts,
  clearAttempts,
  consumeAttempt,
  type RateLimitResult,
} from '~/modules/security/rate-limits.server'
import { verifyCredentials } from './accounts.server'

export type LogInResult =
  | { status: 'ok'; userId: string; twoFactor: boolean }
  | { status: 'invalid' }
  | { status: 'unverified' }
  | { status: 'disabled'; reason: string | null }
  | { status: 'rate-limited'; retryAfterSeconds: number }

const limited = (result: Exclude<RateLimitResult, { allowed: true }>): LogInResult => ({
  status: 'rate-limited',
  retryAfterSeconds: result.retryAfterSeconds,
})

/**
 * Checks credentials under two limits: attempts per client address, and failed attempts per email
 * address (registered or not, so the limit reveals nothing). A successful log-in clears the account's
 * failures.
 */
export async function logIn(input: { email: string; password: string; clientIp: string | null }) {
  const accountKey = input.email.trim().toLowerCase()
  const perIp = await consumeAttempt('login-ip', input.clientIp ?? 'unknown')
  if (!perIp.allowed) return limited(perIp)
  const perAccount = await checkAttempts('login-account', accountKey)
  if (!perAccount.allowed) return limited(perAccount)

  const account = await verifyCredentials(input.email, input.password)
  if (!account) {
    const counted = await consumeAttempt('login-account', accountKey)
    return counted.allowed ? ({ status: 'invalid' } as const) : limited(counted)
  }
  await clearAttempts('login-account', accountKey)
  if ('disabledReason' in account) return { status: 'disabled', reason: account.disabledReason } as const
  if (!account.verified) return { status: 'unverified' } as const
  return { status: 'ok', userId: account.id, twoFactor: account.twoFactor } as const
}
