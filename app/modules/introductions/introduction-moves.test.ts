import { describe, expect, test } from 'vitest'
import { allowedMoves, refusalOf, sideOf } from './introduction-moves'

const now = new Date('2026-12-04T10:00:00Z')
const waiting = { status: 'pending' as const, expiresAt: new Date('2026-12-10T00:00:00Z') }
const expired = { status: 'pending' as const, expiresAt: new Date('2026-12-01T00:00:00Z') }
const accepted = { status: 'accepted' as const, expiresAt: new Date('2026-12-01T00:00:00Z') }

describe('who may do what on an introduction', () => {
  test('the recipient answers and the sender withdraws a waiting request; nobody once it expired', () => {
    expect(allowedMoves('recipient', waiting, now)).toMatchObject({
      answer: true,
      decline: true,
      withdraw: false,
    })
    expect(allowedMoves('sender', waiting, now)).toMatchObject({ answer: false, withdraw: true })
    expect(allowedMoves('recipient', expired, now)).toMatchObject({ answer: false, decline: false })
    expect(refusalOf('answer', 'sender', waiting, now)).toMatchObject({ status: 403 })
    expect(refusalOf('answer', 'recipient', expired, now)).toMatchObject({ status: 409 })
  })

  test('both organisations arrange meetings and write once accepted; staff only add notes', () => {
    for (const side of ['sender', 'recipient'] as const)
      expect(allowedMoves(side, accepted, now)).toMatchObject({
        arrangeMeeting: true,
        write: true,
        addNote: false,
      })
    expect(allowedMoves('staff', accepted, now)).toEqual({
      answer: false,
      decline: false,
      withdraw: false,
      arrangeMeeting: false,
      write: false,
      addNote: true,
    })
    expect(allowedMoves('sender', waiting, now)).toMatchObject({ arrangeMeeting: false, write: false })
    // An organisation that is neither side is told there is no such introduction.
    expect(refusalOf('write', null, accepted, now)).toMatchObject({ status: 404 })
  })

  test('the side of an organisation', () => {
    const request = { fromOrganisationId: 'a', toOrganisationId: 'b' }
    expect([sideOf(request, 'a'), sideOf(request, 'b'), sideOf(request, 'c')]).toEqual([
      'sender',
      'recipient',
      null,
    ])
  })
})
