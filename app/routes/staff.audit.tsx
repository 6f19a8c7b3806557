import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Pager } from '~/components/pager'
import { z } from 'zod'
import { requireStaff } from '~/modules/auth/session.server'
import { auditActions } from '~/modules/audit/audit-actions'
import { listAuditEntries } from '~/modules/audit/audit.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { useClock } from '~/modules/i18n/use-clock'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.audit.title)

const filtersSchema = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  target: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
})

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const filters = filtersSchema.parse(params)
  const result = await listAuditEntries({
    ...filters,
    actor: filters.actor || undefined,
    target: filters.target || undefined,
  })
  return json({ filters, ...result })
}

export default function AuditLogPage() {
  const { filters, entries, total, pageCount } = useLoaderData<typeof loader>()
  const pageHref = (page: number) => {
    const params = new URLSearchParams()
    if (filters.action) params.set('action', filters.action)
    if (filters.actor) params.set('actor', filters.actor)
    if (filters.target) params.set('target', filters.target)
    params.set('page', String(page))
    return `/staff/audit?${params}`
  }
  const clock = useClock()
  const t = useT().staff.audit
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-1 text-slate-700">{t.intro}</p>
      </div>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-action" className="block text-sm font-medium">
            {t.action}
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={filters.action ?? ''}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          >
            <option value="">{t.allActions}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {t.actions[action]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block text-sm font-medium">
            {t.actor}
          </label>
          <input
            id="audit-actor"
            name="actor"
            defaultValue={filters.actor ?? ''}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="audit-target" className="block text-sm font-medium">
            {t.target}
          </label>
          <input
            id="audit-target"
            name="target"
            defaultValue={filters.target ?? ''}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
          {t.filter}
        </button>
        <Link
          to="/staff/audit"
          className="inline-flex min-h-11 min-w-11 items-center justify-center text-sm text-brand-700 underline"
        >
          {t.clear}
        </Link>
      </Form>
      <p className="text-sm text-slate-700">{t.entries({ count: total })}</p>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t.when}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.who}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.action}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.record}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.why}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="px-3 py-2 whitespace-nowrap">{clock.at(entry.at)}</td>
                <td className="px-3 py-2" translate="no">
                  {entry.actor ? entry.actor.displayName : t.deleted}
                </td>
                <td className="px-3 py-2">
                  {t.actions[entry.action as keyof typeof t.actions] ?? entry.action}
                </td>
                <td className="px-3 py-2" translate="no">
                  {entry.targetType}{' '}
                  <span className="font-mono text-xs text-slate-600">{entry.targetId}</span>
                </td>
                <td className="px-3 py-2" translate="no">
                  {entry.reason ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={filters.page}
        pageCount={pageCount}
        hrefFor={pageHref}
        previousLabel={t.newer}
        nextLabel={t.older}
      />
    </div>
  )
}
