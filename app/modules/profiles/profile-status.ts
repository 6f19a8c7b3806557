import type { ProfileStatus } from '~/generated/prisma/enums'

/**
 * The moves a profile's review status can make and the states each may start from: the one table. The
 * modules check it when they write (profiles.server.ts for the organisation's moves, moderation.server.ts
 * for the Centre's), and pages read it for what they offer. Who may make a move is checked where the move
 * is made: a member of the organisation submits, its owner withdraws, staff decide.
 */
export const profileMoves = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  withdraw: { from: ['submitted', 'approved', 'rejected'], to: 'draft' },
  // Approving an approved profile approves the edits made since.
  approve: { from: ['submitted', 'approved'], to: 'approved' },
  reject: { from: ['submitted', 'approved'], to: 'rejected' },
  // Back to the organisation as a draft, with a note of what to change.
  requestChanges: { from: ['submitted'], to: 'draft' },
} as const satisfies Record<string, { from: readonly ProfileStatus[]; to: ProfileStatus }>

export type ProfileMove = keyof typeof profileMoves

/** Whether a profile in `status` may make `move`. */
export const mayMove = (status: ProfileStatus, move: ProfileMove) =>
  (profileMoves[move].from as readonly ProfileStatus[]).includes(status)

/** Each move's "may do" flag for a profile in `status`. */
export const movesFrom = (status: ProfileStatus) =>
  Object.fromEntries(
    (Object.keys(profileMoves) as ProfileMove[]).map((move) => [move, mayMove(status, move)]),
  ) as Record<ProfileMove, boolean>
