import { isIP } from 'node:net'
import { z } from 'zod'

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback)

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')

// Names Express gives to address ranges, and one address or range (IPv4 or IPv6, with an optional /bits).
const proxyRangeNames = ['loopback', 'linklocal', 'uniquelocal']
const isProxyAddress = (entry: string) => {
  if (proxyRangeNames.includes(entry)) return true
  const [address = '', bits, ...rest] = entry.split('/')
  if (rest.length || !isIP(address)) return false
  if (bits === undefined) return true
  const max = isIP(address) === 4 ? 32 : 128
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max
}

/**
 * Which proxies in front of the app to believe about the client's address (Express's "trust proxy"):
 * false (none, the default), a number of proxies (1: one reverse proxy; "true" means 1), or the proxies'
 * addresses, comma-separated. Anything else is refused: a value read as "no proxy" behind a proxy makes
 * every client share the proxy's address, and so the per-address limits on log-in and sign-up.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((value, context): false | number | string[] => {
    const text = (value ?? '').trim().toLowerCase()
    if (text === '' || text === 'false' || text === '0') return false
    if (text === 'true') return 1
    if (/^\d+$/.test(text)) return Number(text)
    const entries = text.split(',').map((entry) => entry.trim())
    if (entries.every(isProxyAddress)) return entries
    context.addIssue({
      code: 'custom',
      message:
        "must be false, a number of proxies (e.g. 1), or the proxies' addresses, comma-separated (e.g. 10.0.0.5, 10.0.0.0/8, loopback)",
    })
    return z.NEVER
  })

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl.optional(),
    /** A read replica for read-heavy queries (directory, suggestions, leads); unset: the primary serves them. */
    DATABASE_REPLICA_URL: postgresUrl.optional(),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    HOST: z.string().min(1).optional(),
    TRUST_PROXY: trustProxy,
    /** Production is served over HTTPS (HSTS, secure cookies' upgrade); "false" only for plain-HTTP trials. */
    HTTPS: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true'),
    DATABASE_POOL_MAX: positiveInt(10),
    DATABASE_CONNECT_TIMEOUT_MS: positiveInt(5_000),
    DATABASE_IDLE_TIMEOUT_MS: positiveInt(30_000),
    SESSION_IDLE_TIMEOUT_HOURS: positiveInt(24 * 7),
    SESSION_ABSOLUTE_LIFETIME_HOURS: positiveInt(24 * 30),
    /** Where emails go, e.g. smtp://user:pass@smtp.example.com:587; unset: they stay in the outbox table. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    EMAIL_FROM: z.string().min(3).default('EU-Japan Circular Metals <no-reply@eu-japan-circular.example>'),
    /** The address people open the app at; links in emails start with it. Default: http://localhost:<PORT>. */
    APP_ORIGIN: z.url('must be a URL such as https://circular.eu-japan.eu').optional(),
    /** Other origins whose pages may send forms to the app, comma-separated (e.g. a second public name). */
    TRUSTED_ORIGINS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url('must be a comma-separated list of URLs such as https://www.example.eu'))),
    INTRODUCTION_EXPIRY_DAYS: positiveInt(14),
    INTRODUCTION_PENDING_LIMIT: positiveInt(10),
    /** Log-in attempts per client address per 15 minutes. */
    RATE_LIMIT_LOGIN_PER_IP: positiveInt(30),
    /** Failed log-ins per account (email address, registered or not) per 15 minutes. */
    RATE_LIMIT_LOGIN_PER_ACCOUNT: positiveInt(10),
    /** Sign-ups per client address per hour. */
    RATE_LIMIT_SIGNUP_PER_IP: positiveInt(10),
    /** Forms refused as malformed (before any validation) per client address per 15 minutes; then 429. */
    RATE_LIMIT_REFUSED_FORMS_PER_IP: positiveInt(20),
    /** Largest request body accepted, in bytes (imports have their own, larger limit). */
    BODY_LIMIT_BYTES: positiveInt(1_000_000),
    /** Bearer token that GET /metrics asks for; unset: no metrics endpoint. */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Queries slower than this many milliseconds are logged with their duration. */
    SLOW_QUERY_MS: positiveInt(500),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    /** How often idle job workers look for work, in seconds. */
    JOB_POLLING_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    /** How often the outbox is checked for emails without a delivery job, in milliseconds. */
    EMAIL_RELAY_INTERVAL_MS: positiveInt(5_000),
    /** Seconds per minute the job runner may spend computing partner suggestions ahead; 0 turns it off. */
    SUGGESTIONS_AHEAD_SECONDS_PER_MINUTE: z.coerce.number().int().min(0).max(50).default(15),
    /** Where to LISTEN for data changes when DATABASE_URL goes through a transaction pooler; default DATABASE_URL. */
    DATABASE_LISTEN_URL: postgresUrl.optional(),
    /** Megabytes of memory for signed-in pages kept ready until their data changes (ADR 012); 0 turns it off. */
    PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
    /** Where uploaded files (logos, documents, attachments) are kept: "postgres" (default) or "s3". */
    FILE_STORE: z.enum(['postgres', 's3']).default('postgres'),
    /** The S3-compatible endpoint, e.g. https://s3.eu-central-1.amazonaws.com or a MinIO address. */
    S3_ENDPOINT: z.url('must be a URL such as https://s3.eu-central-1.amazonaws.com').optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_BUCKET: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  })
  .superRefine((env, context) => {
    if (env.FILE_STORE !== 's3') return
    for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
      if (!env[name])
        context.addIssue({ code: 'custom', path: [name], message: 'must be set when FILE_STORE is s3' })
  })

export type Env = Omit<z.infer<typeof envSchema>, 'APP_ORIGIN'> & { APP_ORIGIN: string }

/** Every variable the app reads, for the README's configuration table (a test compares the two). */
export const environmentVariables = Object.keys(envSchema.shape)

export class InvalidEnvironmentError extends Error {}

/** Reads and validates the environment; each problem names its variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source)
  if (result.success)
    return { ...result.data, APP_ORIGIN: result.data.APP_ORIGIN ?? `http://localhost:${result.data.PORT}` }
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  throw new InvalidEnvironmentError(`Invalid environment variables:\n  ${problems.join('\n  ')}`)
}

/** Read afresh each call (it is cheap): the server sets DATABASE_URL after it starts the database. */
export const getEnv = (): Env => readEnv()

export const isProduction = () => getEnv().NODE_ENV === 'production'
