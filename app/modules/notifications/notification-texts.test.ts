import { expect, test } from 'vitest'
import { notificationText } from './notification-texts'

test('a name ending with a full stop does not double the sentence’s, and an ellipsis stays', () => {
  expect(notificationText('introduction.brokered', { other: 'Tokyo Rare Metals K.K.' }, 'en')).toBe(
    'The EU-Japan Centre introduced your organisation to Tokyo Rare Metals K.K.',
  )
  expect(notificationText('introduction.message', { from: 'Osaka Cell Works Co., Ltd.' }, 'en')).toBe(
    'New message from Osaka Cell Works Co., Ltd.',
  )
  expect(notificationText('introduction.message', { from: 'Wait...' }, 'en')).toBe(
    'New message from Wait....',
  )
})
