import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { environmentVariables, InvalidEnvironmentError, readEnv } from './env.server'

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

  test('TRUST_PROXY is a number of proxies or their addresses; anything else is refused, never read as none', () => {
    expect(readEnv({}).TRUST_PROXY).toBe(false)
    expect(readEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false)
    expect(readEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1)
    expect(readEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1)
    expect(readEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2)
    expect(readEnv({ TRUST_PROXY: '10.0.0.5, 10.0.0.0/8, loopback, fd00::/8' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '10.0.0.0/8',
      'loopback',
      'fd00::/8',
    ])
    for (const value of ['yes', 'one', '10.0.0.0/33', '10.0.0', 'proxy.example.com', '1.5'])
      expect(() => readEnv({ TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY: must be false, a number/)
  })

  test('HTTPS is true or false', () => {
    expect(readEnv({}).HTTPS).toBe(true)
    expect(readEnv({ HTTPS: 'false' }).HTTPS).toBe(false)
    expect(() => readEnv({ HTTPS: 'off' })).toThrow(/HTTPS: must be true or false/)
  })

  test('files are kept in PostgreSQL unless S3 is chosen, and S3 is refused without its settings', () => {
    expect(readEnv({}).FILE_STORE).toBe('postgres')
    expect(() => readEnv({ FILE_STORE: 's3', S3_BUCKET: 'files' })).toThrow(
      /S3_ENDPOINT: must be set when FILE_STORE is s3[\s\S]*S3_ACCESS_KEY_ID: must be set/,
    )
    const s3 = readEnv({
      FILE_STORE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'files',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    expect([s3.FILE_STORE, s3.S3_REGION]).toEqual(['s3', 'us-east-1'])
    expect(() => readEnv({ FILE_STORE: 'disk' })).toThrow(/FILE_STORE/)
  })

  test("the README's configuration table lists every variable the app reads, and no other", async () => {
    const readme = await readFile(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
    const table = readme.slice(readme.indexOf('## Configuration'))
    const listed = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((match) => match[1])
    // Read by the test set-up, not by the app.
    const forTests = ['CHROMIUM_PATH']
    expect([...listed].sort()).toEqual([...environmentVariables, ...forTests].sort())
  })
})
