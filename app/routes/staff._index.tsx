import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { BarChart } from '~/components/bar-chart'
import { requireStaff } from '~/modules/auth/session.server'
import { centreCharts } from '~/modules/dashboard/centre-numbers.server'
import { describeDuration, introductionFunnel } from '~/modules/dashboard/introduction-numbers.server'
import { reviewQueue } from '~/modules/moderation/moderation.server'
import { openReports } from '~/modules/moderation/reports.server'
import { countAccountsByRole } from '~/modules/staff/accounts-overview.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.workspace.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const locale = resolveLocale(request, staff.locale)
  const [accountsByRole, charts, queue, reports, funnel] = await Promise.all([
    countAccountsByRole(),
    centreCharts(new Date(), locale),
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
    acceptanceRate: funnel.acceptanceRate === null ? null : `${Math.round(funnel.acceptanceRate * 100)}%`,
    medianResponse: describeDuration(funnel.medianHoursToFirstResponse, locale),
  })
}

function Tile({ label, value, to }: { label: string; value: number | string; to?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600">
        {to ? (
          <Link to={to} className="inline-flex min-h-11 items-center text-brand-700 underline">
            {label}
          </Link>
        ) : (
          label
        )}
      </dt>
      <dd className="mt-1 text-3xl font-semibold">{value}</dd>
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
  const t = useT().staff.workspace
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <nav aria-label={t.nav} className="mt-3 flex flex-wrap gap-3 text-sm">
          {[
            ['/staff/moderation', t.links.moderation],
            ['/staff/reports', t.links.reports],
            ['/staff/introductions', t.links.introductions],
            ['/staff/events', t.links.events],
            ['/staff/users', t.links.users],
            ['/staff/taxonomy', t.links.taxonomy],
            ['/staff/audit', t.links.audit],
            ['/staff/import', t.links.import],
            ['/directory', t.links.directory],
          ].map(([to, label]) => (
            <Link
              key={to}
              to={to!}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
            >
              {label}
            </Link>
          ))}
        </nav>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        <Tile label={t.tiles.waiting} value={waiting} to="/staff/moderation" />
        <Tile label={t.tiles.changed} value={changed} to="/staff/moderation" />
        <Tile label={t.tiles.reports} value={reports} to="/staff/reports" />
        <Tile
          label={t.tiles.pendingIntroductions}
          value={pendingIntroductions}
          to="/staff/introductions?status=pending"
        />
        <Tile label={t.tiles.acceptanceRate} value={acceptanceRate ?? t.noRate} />
        <Tile label={t.tiles.medianResponse} value={medianResponse} />
        {(Object.keys(t.roles) as (keyof typeof t.roles)[]).map((role) => (
          <Tile key={role} label={t.roles[role]} value={accountsByRole[role]} />
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
