import type { IntroductionStatus } from '~/generated/prisma/enums'

/** The same key whichever side asks first: one open request per pair of organisations. */
export const pairKeyOf = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`)

export const introductionLink = (id: string) => `/introductions/${id}`

export const introductionStatuses = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
] as const satisfies readonly IntroductionStatus[]
