import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { BarChart } from '~/components/bar-chart'
import { requireStaff } from '~/modules/auth/session.server'
import { centreCharts } from '~/modules/dashboard/centre-numbers.server'
import { describeDuration, introductionFunnel } from '~/modules/dashboard/introduction-numbers.server'
import { reviewQueue } from '~/modules/moderation/moderation.server'
import { openReports } from '~/modules/moderation/reports.server'
import { countAccountsByRole } from '~/modules/staff/accounts-overview.server'

export const meta: MetaFunction = () => [{ title: 'Staff workspace | EU-Japan Circular Metals' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  const [accountsByRole, charts, queue, reports, funnel] = await Promise.all([
    countAccountsByRole(),
    centreCharts(),
    reviewQueue(),
    openReports(),
    introductionFunnel(),
  ])
  return json({
    accountsByRole,
    charts,
    waiting: queue.submitted.length,
    changed: queue.changedSinceApproval.length,
    reports: reports.length,
    pendingIntroductions: funnel.byStatus.pending,
    acceptanceRate: funnel.acceptanceRate === null ? '–' : `${Math.round(funnel.acceptanceRate * 100)}%`,
    medianResponse: describeDuration(funnel.medianHoursToFirstResponse),
  })
}

const roleLabels = { member: 'Members', staff: 'Centre staff', admin: 'Administrators' } as const

function Tile({ label, value, to }: { label: string; value: number | string; to?: string }) {
  const content = (
    <>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold">{value}</dd>
    </>
  )
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      {to ? (
        <Link to={to} className="block hover:underline">
          {content}
        </Link>
      ) : (
        content
      )}
    </div>
  )
}

export default function StaffWorkspace() {
  const {
    accountsByRole,
    charts,
    waiting,
    changed,
    reports,
    pendingIntroductions,
    acceptanceRate,
    medianResponse,
  } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Staff workspace</h1>
        <nav aria-label="Staff" className="mt-3 flex flex-wrap gap-3 text-sm">
          {[
            ['/staff/moderation', 'Review queue'],
            ['/staff/reports', 'Reports'],
            ['/staff/introductions', 'Introductions'],
            ['/staff/users', 'Accounts'],
            ['/staff/taxonomy', 'Taxonomy'],
            ['/staff/audit', 'Audit log'],
            ['/staff/import', 'Import organisations'],
            ['/directory', 'Directory and CSV export'],
          ].map(([to, label]) => (
            <Link
              key={to}
              to={to!}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
            >
              {label}
            </Link>
          ))}
        </nav>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        <Tile label="Waiting for review" value={waiting} to="/staff/moderation" />
        <Tile label="Changed since approval" value={changed} to="/staff/moderation" />
        <Tile label="Open reports" value={reports} to="/staff/reports" />
        <Tile
          label="Introductions waiting for an answer"
          value={pendingIntroductions}
          to="/staff/introductions?status=pending"
        />
        <Tile label="Introduction acceptance rate" value={acceptanceRate} />
        <Tile label="Median time to first response" value={medianResponse} />
        {(Object.keys(roleLabels) as (keyof typeof roleLabels)[]).map((role) => (
          <Tile key={role} label={roleLabels[role]} value={accountsByRole[role]} />
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        {charts.map((chart) => (
          <BarChart key={chart.id} chart={chart} />
        ))}
      </div>
    </div>
  )
}
