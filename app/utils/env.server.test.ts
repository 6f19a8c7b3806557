import { describe, expect, test } from 'vitest'
import { InvalidEnvironmentError, readEnv } from './env.server'

describe('environment', () => {
  test('has working defaults when nothing is configured', () => {
    const env = readEnv({})
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_POOL_MAX: 10,
      PAGE_CACHE_MB: 64,
    })
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.TRUSTED_ORIGINS).toEqual([])
  })

  test('links in emails follow the port the app listens on unless APP_ORIGIN says otherwise', () => {
    expect(readEnv({ PORT: '3801' }).APP_ORIGIN).toBe('http://localhost:3801')
    expect(readEnv({ PORT: '3801', APP_ORIGIN: 'https://circular.example.eu' }).APP_ORIGIN).toBe(
      'https://circular.example.eu',
    )
  })

  test('other trusted origins are a comma-separated list of URLs', () => {
    expect(readEnv({ TRUSTED_ORIGINS: 'https://a.example, https://b.example' }).TRUSTED_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ])
    expect(() => readEnv({ TRUSTED_ORIGINS: 'not a url' })).toThrow(/TRUSTED_ORIGINS/)
  })

  test('names every malformed variable', () => {
    const attempt = () =>
      readEnv({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        DATABASE_POOL_MAX: '0',
        NODE_ENV: 'prod',
        DATABASE_LISTEN_URL: 'pgbouncer:6432',
        PAGE_CACHE_MB: '-1',
      })
    expect(attempt).toThrow(InvalidEnvironmentError)
    try {
      attempt()
    } catch (error) {
      const message = (error as Error).message
      for (const name of [
        'PORT',
        'DATABASE_URL',
        'DATABASE_POOL_MAX',
        'NODE_ENV',
        'DATABASE_LISTEN_URL',
        'PAGE_CACHE_MB',
      ])
        expect(message).toContain(name)
    }
  })
})
