const styles = {
  draft: 'bg-slate-200 text-slate-800',
  submitted: 'bg-amber-100 text-amber-900',
  approved: 'bg-emerald-100 text-emerald-900',
  rejected: 'bg-red-100 text-red-900',
} as const

const labels = {
  draft: 'Draft',
  submitted: 'Waiting for review',
  approved: 'Approved',
  rejected: 'Not approved',
} as const

export function StatusBadge({ status }: { status: keyof typeof styles }) {
  return (
    <span className={`rounded-full px-3 py-1 text-sm font-semibold ${styles[status]}`}>{labels[status]}</span>
  )
}
