import { errorMessage } from '~/modules/i18n/message-keys'

type EventState = 'draft' | 'published' | 'cancelled'

/** What staff may do to an event, from which stored states. */
export const eventMoves = {
  publish: { from: ['draft'], to: 'published' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
  edit: { from: ['draft', 'published'], to: null },
} as const satisfies Record<string, { from: readonly EventState[]; to: EventState | null }>

export type EventMove = keyof typeof eventMoves

export const mayMoveEvent = (move: EventMove, status: EventState) =>
  (eventMoves[move].from as readonly EventState[]).includes(status)

/** Where an event stands for a reader: its stored state, and "past" once a published event has ended. */
export type EventPhase = 'draft' | 'upcoming' | 'ongoing' | 'past' | 'cancelled'

export function phaseOf(event: { status: EventState; startsAt: Date; endsAt: Date }, now: Date): EventPhase {
  if (event.status !== 'published') return event.status
  if (event.endsAt <= now) return 'past'
  return event.startsAt <= now ? 'ongoing' : 'upcoming'
}

type RegistrationWindow = {
  status: EventState
  startsAt: Date
  endsAt: Date
  registrationOpensAt: Date | null
  registrationClosesAt: Date | null
}

/** Why the event takes no registrations now (an errorMessage), or null when it does. */
export function registrationRefusal(event: RegistrationWindow, now: Date): string | null {
  if (event.status === 'cancelled') return errorMessage('eventCancelled')
  if (event.status !== 'published') return errorMessage('noSuchEvent')
  if (event.startsAt <= now) return errorMessage('eventNotUpcoming')
  if (event.registrationOpensAt && event.registrationOpensAt > now) return errorMessage('registrationNotOpen')
  if (event.registrationClosesAt && event.registrationClosesAt <= now)
    return errorMessage('registrationClosed')
  return null
}

type RegistrationState = 'pending' | 'approved' | 'declined' | 'waitlisted' | 'cancelled'

/** Which registration state may follow which, and who moves it. */
export const registrationMoves = {
  approve: { from: ['pending'], by: 'staff' },
  decline: { from: ['pending', 'waitlisted'], by: 'staff' },
  cancel: { from: ['pending', 'approved', 'waitlisted'], by: 'member' },
  moveUp: { from: ['waitlisted'], by: 'system' },
} as const satisfies Record<string, { from: readonly RegistrationState[]; by: string }>

export type RegistrationMove = keyof typeof registrationMoves

export const mayMoveRegistration = (move: RegistrationMove, status: RegistrationState) =>
  (registrationMoves[move].from as readonly RegistrationState[]).includes(status)

/** The states that hold (or wait for) a place: a person in one of them is registered. */
export const activeRegistrationStates = ['pending', 'approved', 'waitlisted'] as const
/** The states that take one of the event's places. */
export const placeTakingStates = ['pending', 'approved'] as const

/** Members may cancel until the event starts. */
export const mayCancelRegistration = (
  registration: { status: RegistrationState },
  event: { startsAt: Date },
  now: Date,
) => mayMoveRegistration('cancel', registration.status) && event.startsAt > now
