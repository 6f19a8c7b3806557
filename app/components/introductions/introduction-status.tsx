import type { IntroductionStatus } from '~/generated/prisma/enums'

const styles: Record<IntroductionStatus, string> = {
  pending: 'bg-amber-100 text-amber-900',
  accepted: 'bg-emerald-100 text-emerald-900',
  declined: 'bg-red-100 text-red-900',
  withdrawn: 'bg-slate-200 text-slate-800',
  expired: 'bg-slate-200 text-slate-800',
}

export const introductionStatusLabels: Record<IntroductionStatus, string> = {
  pending: 'Waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  expired: 'Expired unanswered',
}

export function IntroductionStatusBadge({ status }: { status: IntroductionStatus }) {
  return (
    <span className={`rounded-full px-3 py-1 text-sm font-semibold whitespace-nowrap ${styles[status]}`}>
      {introductionStatusLabels[status]}
    </span>
  )
}
