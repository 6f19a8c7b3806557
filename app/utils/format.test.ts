import { describe, expect, test } from 'vitest'
import { describeUserAgent, formatCount } from './format'

describe('formatting', () => {
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
