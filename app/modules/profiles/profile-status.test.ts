import { describe, expect, test } from 'vitest'
import { mayMove, movesFrom } from './profile-status'

describe('profile status moves', () => {
  test('a draft or a rejected profile may be submitted; nothing else may', () => {
    expect(
      ['draft', 'submitted', 'approved', 'rejected'].filter((s) => mayMove(s as never, 'submit')),
    ).toEqual(['draft', 'rejected'])
  })

  test('staff decide on submitted profiles, and approve or reject the edits of approved ones', () => {
    expect(movesFrom('submitted')).toEqual({
      submit: false,
      withdraw: true,
      approve: true,
      reject: true,
      requestChanges: true,
    })
    expect(movesFrom('approved')).toMatchObject({ approve: true, reject: true, requestChanges: false })
    expect(movesFrom('draft')).toEqual({
      submit: true,
      withdraw: false,
      approve: false,
      reject: false,
      requestChanges: false,
    })
    expect(movesFrom('rejected')).toMatchObject({ submit: true, withdraw: true, approve: false })
  })
})
