import { errorMessage } from '~/modules/i18n/message-keys'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { databasePool } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'

export type RateLimitBucket =
  | 'login-ip'
  | 'login-account'
  | 'second-factor'
  | 'signup-ip'
  | 'reset-ip'
  | 'reset-account'
  | 'refused-form-ip'

const minutes = (count: number) => count * 60

function bucketSettings(bucket: RateLimitBucket) {
  const env = getEnv()
  const settings = {
    'login-ip': { points: env.RATE_LIMIT_LOGIN_PER_IP, duration: minutes(15) },
    'login-account': { points: env.RATE_LIMIT_LOGIN_PER_ACCOUNT, duration: minutes(15) },
    'second-factor': { points: env.RATE_LIMIT_LOGIN_PER_ACCOUNT, duration: minutes(15) },
    'signup-ip': { points: env.RATE_LIMIT_SIGNUP_PER_IP, duration: minutes(60) },
    'reset-ip': { points: env.RATE_LIMIT_SIGNUP_PER_IP, duration: minutes(60) },
    // At most a few reset emails per address per hour, so the form cannot flood someone's inbox.
    'reset-account': { points: 3, duration: minutes(60) },
    // Forms refused before any schema (malformed, oversized names or indices): no browser sends them.
    'refused-form-ip': { points: env.RATE_LIMIT_REFUSED_FORMS_PER_IP, duration: minutes(15) },
  } as const
  return settings[bucket]
}

// Counters live in PostgreSQL (table from our migrations), so several app servers share them.
const globalLimiters = globalThis as unknown as { rateLimiters?: Map<string, RateLimiterPostgres> }

function limiterFor(bucket: RateLimitBucket) {
  const { points, duration } = bucketSettings(bucket)
  const cacheKey = `${bucket}:${points}:${duration}`
  const limiters = (globalLimiters.rateLimiters ??= new Map())
  let limiter = limiters.get(cacheKey)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: databasePool(),
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: bucket,
      points,
      duration,
    })
    limiters.set(cacheKey, limiter)
  }
  return limiter
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

const refused = (result: RateLimiterRes): RateLimitResult => ({
  allowed: false,
  retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
})

/** Counts one attempt; refused once the bucket's limit is reached for this key. */
export async function consumeAttempt(bucket: RateLimitBucket, key: string): Promise<RateLimitResult> {
  try {
    await limiterFor(bucket).consume(key)
    return { allowed: true }
  } catch (error) {
    if (error instanceof RateLimiterRes) return refused(error)
    throw error
  }
}

/** Whether the key has used up its attempts, without counting one. */
export async function checkAttempts(bucket: RateLimitBucket, key: string): Promise<RateLimitResult> {
  const current = await limiterFor(bucket).get(key)
  if (current && current.consumedPoints >= bucketSettings(bucket).points) return refused(current)
  return { allowed: true }
}

/** Forgets the key's attempts (after a successful log-in). */
export async function clearAttempts(bucket: RateLimitBucket, key: string) {
  await limiterFor(bucket).delete(key)
}

/**
 * An invalid submission of a rate-limited form (log-in, sign-up, reset) counts as an attempt too, so that
 * malformed requests cannot be sent without limit: the status to answer with and, once over, the message.
 */
export async function countInvalidSubmission(
  bucket: RateLimitBucket,
  clientIp: string | null,
): Promise<{ status: 400; formErrors?: undefined } | { status: 429; formErrors: string[] }> {
  const limit = await consumeAttempt(bucket, clientIp ?? 'unknown')
  if (limit.allowed) return { status: 400 }
  return { status: 429, formErrors: [tooManyAttemptsMessage(limit.retryAfterSeconds)] }
}

/** "Too many attempts. Try again in 12 minutes." */
export function tooManyAttemptsMessage(retryAfterSeconds: number) {
  return errorMessage('tooManyAttempts', { minutes: Math.ceil(retryAfterSeconds / 60) })
}
