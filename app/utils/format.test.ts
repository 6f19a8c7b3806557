import { describe, expect, test } from 'vitest'
import { describeUserAgent, formatDateTimeUtc } from './format'

describe('formatting', () => {
  test('dates read the same everywhere, in UTC', () => {
    expect(formatDateTimeUtc('2026-03-05T07:04:00Z')).toBe('5 Mar 2026, 07:04 UTC')
    expect(formatDateTimeUtc(new Date('2026-11-29T23:59:59+09:00'))).toBe('29 Nov 2026, 14:59 UTC')
  })

  test('a browser is named from its user agent', () => {
    expect(
      describeUserAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 120 on Linux')
    expect(describeUserAgent(null)).toBe('Unknown browser')
  })
})
