import type { EventMeetingStatus } from '~/generated/prisma/enums'

/** Who acts on a meeting at an event. */
export type MeetingSide = 'requester' | 'invitee' | 'staff'

/**
 * Which meeting state may follow which, and who moves it: the one table. The modules check it inside
 * their transaction, on the locked row; pages offer a button only where it allows one.
 */
export const meetingMoves = {
  accept: { from: ['requested'], sides: ['invitee'], to: 'accepted' },
  decline: { from: ['requested'], sides: ['invitee'], to: 'declined' },
  // Either person calls off a request or a booked meeting; staff remove any meeting by hand.
  cancel: { from: ['requested', 'accepted'], sides: ['requester', 'invitee'], to: 'cancelled' },
  remove: { from: ['proposed', 'scheduled', 'accepted'], sides: ['staff'], to: 'cancelled' },
  move: { from: ['proposed', 'scheduled', 'accepted'], sides: ['staff'], to: null },
  publish: { from: ['proposed'], sides: ['staff'], to: 'scheduled' },
  expire: { from: ['requested'], sides: [], to: 'expired' },
} as const satisfies Record<
  string,
  { from: readonly EventMeetingStatus[]; sides: readonly MeetingSide[]; to: EventMeetingStatus | null }
>

export type MeetingMove = keyof typeof meetingMoves

export const mayMoveMeeting = (move: MeetingMove, status: EventMeetingStatus, side: MeetingSide) =>
  (meetingMoves[move].from as readonly EventMeetingStatus[]).includes(status) &&
  (meetingMoves[move].sides as readonly MeetingSide[]).includes(side)

/** States in which a meeting holds its slot (and, once confirmed, a table). */
export const slotHoldingStates = ['requested', 'accepted', 'proposed', 'scheduled'] as const
/** States of a meeting that is to take place (participants see it on their agenda). */
export const confirmedStates = ['accepted', 'scheduled'] as const

export const isConfirmed = (status: EventMeetingStatus) =>
  (confirmedStates as readonly string[]).includes(status)

/** What a slot's claims are keyed by: each person, organisation and table at most once per slot. */
export const holder = {
  person: (userId: string) => `person:${userId}`,
  organisation: (organisationId: string) => `organisation:${organisationId}`,
  table: (tableId: string) => `table:${tableId}`,
}

type Region = 'eu' | 'jp' | 'third'

/** Whether the booking rule lets two organisations meet: everyone, or only Europe with Japan. */
export const ruleAllows = (rule: 'everyone' | 'eu_japan', one: Region, other: Region) =>
  rule === 'everyone' || (one === 'eu' && other === 'jp') || (one === 'jp' && other === 'eu')

/** How long a slot (or block) lasts, in minutes. */
export const minutesOf = (span: { startsAt: Date; endsAt: Date }) =>
  (span.endsAt.getTime() - span.startsAt.getTime()) / 60_000

/** The slots of a block: back to back, each followed by the break, none running past the block's end. */
export function slotsOfBlock(block: {
  startsAt: Date
  endsAt: Date
  slotMinutes: number
  breakMinutes: number
}) {
  const slots: { startsAt: Date; endsAt: Date }[] = []
  const step = (block.slotMinutes + block.breakMinutes) * 60_000
  for (let start = block.startsAt.getTime(); ; start += step) {
    const end = start + block.slotMinutes * 60_000
    if (end > block.endsAt.getTime()) break
    slots.push({ startsAt: new Date(start), endsAt: new Date(end) })
  }
  return slots
}

export const meetingOutcomes = [
  'not_held',
  'insufficient_interest',
  'informative',
  'cooperation_possible',
] as const
export const followUpAnswers = ['no_contact', 'in_contact', 'negotiating', 'agreement'] as const
export const agreementKinds = [
  'commercial',
  'technical',
  'research',
  'licensing',
  'joint_venture',
  'third_country_project',
] as const
export const wishLevels = ['must', 'like', 'no'] as const

/** When requests close: the organiser's cut-off, else the start of the first meeting slot. */
export const requestsCloseAt = (
  plan: { requestsCloseAt: Date | null },
  firstSlotStartsAt: Date | null,
): Date | null => plan.requestsCloseAt ?? firstSlotStartsAt
