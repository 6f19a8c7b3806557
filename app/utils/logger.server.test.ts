import { Writable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { createLogger, loggablePath, requestIdOf } from './logger.server'

function capture() {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  return { lines, logger: createLogger({ level: 'info', destination }) }
}

describe('structured logs', () => {
  test('never contain session cookies, passwords or tokens', () => {
    const { lines, logger } = capture()
    logger.info(
      {
        req: { headers: { cookie: 'session=abc123secret', authorization: 'Bearer xyz' } },
        form: { password: 'hunter2hunter2', token: 'reset-token-value' },
      },
      'something happened',
    )
    const line = lines.join('')
    expect(JSON.parse(line)).toMatchObject({ msg: 'something happened', service: 'eu-japan-circular' })
    for (const secret of ['abc123secret', 'Bearer xyz', 'hunter2hunter2', 'reset-token-value']) {
      expect(line).not.toContain(secret)
    }
  })

  test('addresses lose their query and the tokens of emailed links', () => {
    expect(loggablePath('/reset-password/AbC_123-xyz')).toBe('/reset-password/[redacted]')
    expect(loggablePath('/verify-email/tok?x=1')).toBe('/verify-email/[redacted]')
    expect(loggablePath('/signup/check-email?email=someone%40example.com')).toBe('/signup/check-email')
    expect(loggablePath('/directory?q=lithium')).toBe('/directory')
  })

  test('a request keeps the id its proxy gave it, when it looks like one', () => {
    expect(requestIdOf('req-1234567890')).toBe('req-1234567890')
    expect(requestIdOf('<script>')).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestIdOf(undefined)).toMatch(/^[0-9a-f-]{36}$/)
  })
})
