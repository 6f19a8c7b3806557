import { useT } from '~/modules/i18n/use-translation'

const styles = {
  draft: 'bg-slate-200 text-slate-800',
  submitted: 'bg-amber-100 text-amber-900',
  approved: 'bg-emerald-100 text-emerald-900',
  rejected: 'bg-red-100 text-red-900',
} as const

export function StatusBadge({ status }: { status: keyof typeof styles }) {
  const t = useT()
  return (
    <span className={`rounded-full px-3 py-1 text-sm font-semibold ${styles[status]}`}>
      {t.common.profileStatus[status]}
    </span>
  )
}
