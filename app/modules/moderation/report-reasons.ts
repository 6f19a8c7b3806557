import type { ReportReason } from '~/generated/prisma/enums'

export const reportReasons = [
  'inaccurate',
  'not_a_company',
  'spam',
  'inappropriate',
  'other',
] as const satisfies readonly ReportReason[]

export const reportReasonLabels: Record<ReportReason, string> = {
  inaccurate: 'Inaccurate or misleading information',
  not_a_company: 'Not a real organisation',
  spam: 'Spam or advertising',
  inappropriate: 'Inappropriate content',
  other: 'Something else',
}
