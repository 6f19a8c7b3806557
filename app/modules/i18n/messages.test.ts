import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { dictionaryDifferences } from '../../../tests/support/key-parity'
import { errorMessage, translateMessage } from './message-keys'
import { messages } from './messages'
import { findUiLiterals, findUiLiteralsIn } from '../../../tests/support/ui-literals'

describe('the English and Japanese dictionaries', () => {
  test('have exactly the same keys, lists and kinds of entry', () => {
    expect(dictionaryDifferences(messages.en, messages.ja)).toEqual([])
  })

  test('the comparison catches a key that exists in one language only', () => {
    const en = { page: { title: 'Title', intro: 'Intro' }, items: ['a', 'b'] }
    const ja = { page: { title: 'タイトル' }, items: ['あ'] }
    expect(dictionaryDifferences(en, ja)).toEqual([
      'items: 2 items in one, 1 in the other',
      'page.intro: missing in the second',
    ])
    expect(dictionaryDifferences(ja, en)).toContain('page.intro: missing in the first')
  })

  test('every Japanese text is written (no entry left empty where English has words)', () => {
    const empty: string[] = []
    const walk = (english: unknown, japanese: unknown, at: string) => {
      if (typeof english === 'string' && typeof japanese === 'string') {
        if (/\p{L}/u.test(english) && !japanese.trim() && !/(before|after|end)$/i.test(at)) empty.push(at)
      } else if (english && typeof english === 'object') {
        for (const key of Object.keys(english)) {
          walk(
            (english as Record<string, unknown>)[key],
            (japanese as Record<string, unknown>)[key],
            `${at}.${key}`,
          )
        }
      }
    }
    walk(messages.en, messages.ja, '')
    expect(empty).toEqual([])
  })
})

describe('errors sent as keys', () => {
  test('are written in the reader’s language, with their values', () => {
    const raw = errorMessage('passwordTooShort', { min: 12 })
    expect(translateMessage(messages.en, raw)).toBe('Use at least 12 characters.')
    expect(translateMessage(messages.ja, raw)).toBe('12 文字以上にしてください。')
    expect(translateMessage(messages.ja, errorMessage('emailRequired'))).toBe(
      'メールアドレスを入力してください。',
    )
  })

  test('text that is not a key is shown as it is', () => {
    expect(translateMessage(messages.ja, 'Tokyo Battery Recycling')).toBe('Tokyo Battery Recycling')
  })
})

describe('components render no literal text', () => {
  test('no component writes user-visible text outside the dictionary', () => {
    expect(findUiLiterals(path.resolve(import.meta.dirname, '../..'))).toEqual([])
  })

  test('the check finds text, prose attributes and rendered string literals, and ignores code', () => {
    const source = `
      export function Example({ ready }: { ready: boolean }) {
        return (
          <div className="mx-auto" id="example">
            <p>Hello world</p>
            <button aria-label="Close dialog" type="button">{ready ? 'Yes please' : null}</button>
            <input placeholder="Your name" name="name" />
            <code>npm run cli -- import</code>
          </div>
        )
      }`
    expect(findUiLiteralsIn('example.tsx', source).map((literal) => literal.text)).toEqual([
      'Hello world',
      'Close dialog',
      'Yes please',
      'Your name',
    ])
  })
})
