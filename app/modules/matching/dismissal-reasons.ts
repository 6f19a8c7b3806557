import type { DismissalReason } from '~/generated/prisma/enums'

/** Why a member says a suggestion is not relevant: offered on the page and kept with the dismissal. */
export const dismissalReasons = [
  'competitor',
  'wrong_material',
  'wrong_region',
  'other',
] as const satisfies readonly DismissalReason[]
