import type { IntroductionStatus } from '~/generated/prisma/enums'
import { useT } from '~/modules/i18n/use-translation'

const styles: Record<IntroductionStatus, string> = {
  pending: 'bg-amber-100 text-amber-900',
  accepted: 'bg-emerald-100 text-emerald-900',
  declined: 'bg-red-100 text-red-900',
  withdrawn: 'bg-slate-200 text-slate-800',
  expired: 'bg-slate-200 text-slate-800',
}

export function IntroductionStatusBadge({ status }: { status: IntroductionStatus }) {
  const t = useT()
  return (
    <span className={`rounded-full px-3 py-1 text-sm font-semibold whitespace-nowrap ${styles[status]}`}>
      {t.introductions.statuses[status]}
    </span>
  )
}
