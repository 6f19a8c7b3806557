import type { ReportReason } from '~/generated/prisma/enums'

export const reportReasons = [
  'inaccurate',
  'not_a_company',
  'spam',
  'inappropriate',
  'other',
] as const satisfies readonly ReportReason[]
