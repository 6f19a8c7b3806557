import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Pager } from '~/components/pager'
import { z } from 'zod'
import { requireStaff } from '~/modules/auth/session.server'
import { auditActions } from '~/modules/moderation/audit-actions'
import { listAuditEntries } from '~/modules/moderation/audit.server'
import { formatDateTimeUtc } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Audit log | EU-Japan Circular Metals' }]

const filtersSchema = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  target: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
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
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
        <p className="mt-1 text-slate-700">
          Every staff action: who, when, what, on which record, and why. Entries cannot be changed.
        </p>
      </div>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-action" className="block text-sm font-medium">
            Action
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={filters.action ?? ''}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          >
            <option value="">All actions</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block text-sm font-medium">
            Staff member
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
            Record id
          </label>
          <input
            id="audit-target"
            name="target"
            defaultValue={filters.target ?? ''}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
          Filter
        </button>
        <Link to="/staff/audit" className="py-2 text-sm text-brand-700 underline">
          Clear
        </Link>
      </Form>
      <p className="text-sm text-slate-700">{total} entries</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                When
              </th>
              <th scope="col" className="px-3 py-2">
                Who
              </th>
              <th scope="col" className="px-3 py-2">
                Action
              </th>
              <th scope="col" className="px-3 py-2">
                Record
              </th>
              <th scope="col" className="px-3 py-2">
                Why
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTimeUtc(entry.at)}</td>
                <td className="px-3 py-2">{entry.actor ? entry.actor.displayName : '(deleted account)'}</td>
                <td className="px-3 py-2 font-mono">{entry.action}</td>
                <td className="px-3 py-2">
                  {entry.targetType}{' '}
                  <span className="font-mono text-xs text-slate-600">{entry.targetId}</span>
                </td>
                <td className="px-3 py-2">{entry.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={filters.page}
        pageCount={pageCount}
        hrefFor={pageHref}
        previousLabel="← Newer"
        nextLabel="Older →"
      />
    </div>
  )
}
