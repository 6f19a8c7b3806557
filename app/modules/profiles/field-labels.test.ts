import { describe, expect, test } from 'vitest'
import { messagesFor } from '~/modules/i18n/messages'
import type { TermLabels } from '~/modules/taxonomy/term-labels'
import { formatFieldValue } from './field-labels'

const labels: TermLabels = {
  role: { recycling: 'Recycling' },
  material: { cobalt: 'Cobalt' },
  technology: {},
  cooperation: { 'joint-rd': 'Joint R&D' },
  market: { asean: 'ASEAN' },
  stream: { 'black-mass': 'Black mass' },
}
const reader = { t: messagesFor('en'), labels, locale: 'en' as const }

describe('values in a list of changes', () => {
  test('codes read as the names people chose them by, not as codes', () => {
    expect(formatFieldValue('materials', ['cobalt', 'retired-code'], reader)).toBe('Cobalt, retired-code')
    expect(formatFieldValue('seeks', ['joint-rd'], reader)).toBe('Joint R&D')
    expect(formatFieldValue('country', 'JP', reader)).toBe('Japan')
    expect(formatFieldValue('size', 'small', reader)).toBe('Small (10-49 people)')
    expect(formatFieldValue('languages', ['ja'], reader)).toBe('Japanese')
    expect(
      formatFieldValue(
        'streams',
        [{ direction: 'supplies', stream: 'black-mass', tonnesPerYear: 200, countries: ['DE'] }],
        reader,
      ),
    ).toBe('Supplies: Black mass (200 t/a, Germany)')
    expect(formatFieldValue('city', '', reader)).toBe('(empty)')
    expect(formatFieldValue('markets', [], reader)).toBe('(none)')
  })
})
