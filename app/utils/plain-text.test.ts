import { describe, expect, test } from 'vitest'
import { normalisedLines, oneLine } from './plain-text'

describe('plain text for calendar files and email headers', () => {
  test('a bare carriage return, CRLF or LF never survives in one-line text', () => {
    expect(oneLine('Room 1\rATTENDEE:mailto:evil@example.com')).toBe(
      'Room 1 ATTENDEE:mailto:evil@example.com',
    )
    expect(oneLine('a\r\nb\nc')).toBe('a b c')
    expect(oneLine('tab\there\u0000')).toBe('tabhere')
  })

  test('multi-line text keeps its lines, each break a plain newline', () => {
    expect(normalisedLines('one\rtwo\r\nthree\nfour\u0007')).toBe('one\ntwo\nthree\nfour')
  })
})
