import type { IntroductionStatus } from '~/generated/prisma/enums'
import { errorMessage } from '~/modules/i18n/message-keys'
import { DomainError } from '~/utils/domain-error'

/** Who looks at or acts on an introduction. */
export type IntroductionSide = 'sender' | 'recipient' | 'staff'

/**
 * Who may do what on an introduction, and in which state: the one table. The modules refuse with its
 * answer inside their transaction (on the locked request), and the page offers an action only where it
 * has none, so that the two never disagree.
 */
const moves = {
  // The recipient answers a request still waiting, before it expires.
  answer: {
    sides: ['recipient'],
    when: 'waiting',
    notYours: 'onlyRecipientAccepts',
    late: 'noLongerPending',
  },
  decline: {
    sides: ['recipient'],
    when: 'waiting',
    notYours: 'onlyRecipientDeclines',
    late: 'noLongerPending',
  },
  // The sender takes back a request still waiting.
  withdraw: { sides: ['sender'], when: 'waiting', notYours: 'onlySenderWithdraws', late: 'noLongerPending' },
  // Both organisations, once the request is accepted.
  arrangeMeeting: {
    sides: ['sender', 'recipient'],
    when: 'accepted',
    notYours: 'noSuchIntroduction',
    late: 'meetingsAfterAcceptance',
  },
  write: {
    sides: ['sender', 'recipient'],
    when: 'accepted',
    notYours: 'noSuchIntroduction',
    late: 'messagesAfterAcceptance',
  },
  // Centre staff, at any time.
  addNote: {
    sides: ['staff'],
    when: 'any',
    notYours: 'notOnThisIntroduction',
    late: 'notOnThisIntroduction',
  },
} as const

export type IntroductionMove = keyof typeof moves

type RequestState = { status: IntroductionStatus; expiresAt: Date }

const inState = (when: 'waiting' | 'accepted' | 'any', request: RequestState, now: Date) =>
  when === 'any' ||
  (when === 'accepted'
    ? request.status === 'accepted'
    : request.status === 'pending' && request.expiresAt > now)

/** Why `side` may not make `move` on `request` now, or null when it may. */
export function refusalOf(
  move: IntroductionMove,
  side: IntroductionSide | null,
  request: RequestState,
  now = new Date(),
): DomainError | null {
  const rule = moves[move]
  if (!side || !(rule.sides as readonly IntroductionSide[]).includes(side)) {
    const hidden = rule.notYours === 'noSuchIntroduction'
    return new DomainError(errorMessage(rule.notYours), hidden ? 404 : 403)
  }
  return inState(rule.when, request, now) ? null : new DomainError(errorMessage(rule.late))
}

/** Refuses the move unless the table allows it. */
export function assertMayMove(...args: Parameters<typeof refusalOf>) {
  const refusal = refusalOf(...args)
  if (refusal) throw refusal
}

/** Each move's "may do" flag for the page. */
export const allowedMoves = (side: IntroductionSide | null, request: RequestState, now = new Date()) =>
  Object.fromEntries(
    (Object.keys(moves) as IntroductionMove[]).map((move) => [move, !refusalOf(move, side, request, now)]),
  ) as Record<IntroductionMove, boolean>

/** The side of the organisation `organisationId` on `request`, if it is one of its two. */
export const sideOf = (
  request: { fromOrganisationId: string; toOrganisationId: string },
  organisationId: string,
): 'sender' | 'recipient' | null =>
  request.fromOrganisationId === organisationId
    ? 'sender'
    : request.toOrganisationId === organisationId
      ? 'recipient'
      : null
