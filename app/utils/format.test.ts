import { describe, expect, test } from 'vitest'
import { describeUserAgent, formatCount, formatDateTimeUtc } from './format'

describe('formatting', () => {
  test('dates read the same everywhere, in UTC, in each language', () => {
    expect(formatDateTimeUtc('2026-03-05T07:04:00Z', 'en')).toBe('5 Mar 2026, 07:04 UTC')
    expect(formatDateTimeUtc(new Date('2026-11-29T23:59:59+09:00'), 'en')).toBe('29 Nov 2026, 14:59 UTC')
    expect(formatDateTimeUtc('2026-03-05T07:04:00Z', 'ja')).toBe('2026年3月5日 07:04 UTC')
  })

  test('counts are grouped for the language', () => {
    expect(formatCount(12345, 'en')).toBe('12,345')
    expect(formatCount(12345, 'ja')).toBe('12,345')
  })

  test('a browser is named from its user agent, in the reader’s language', () => {
    const chrome =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'
    expect(describeUserAgent(chrome, 'en')).toBe('Chrome 120 on Linux')
    expect(describeUserAgent(chrome, 'ja')).toBe('Chrome 120（Linux）')
    expect(describeUserAgent(null, 'en')).toBe('Unknown browser')
    expect(describeUserAgent(null, 'ja')).toBe('不明なブラウザ')
  })
})
