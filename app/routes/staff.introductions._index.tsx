import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Pager } from '~/components/pager'
import { z } from 'zod'
import { IntroductionStatusBadge } from '~/components/introductions/introduction-status'
import { OrganisationName } from '~/components/organisation-name'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { introductionStatuses } from '~/modules/introductions/rules'
import { requireStaff } from '~/modules/auth/session.server'
import {
  listIntroductionsForStaff,
  staffIntroductionPageSize,
} from '~/modules/introductions/introduction-views.server'
import { formatDateTimeUtc } from '~/utils/format'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.introductions.title)

const filtersSchema = z.object({
  status: z.enum(introductionStatuses).optional().catch(undefined),
  organisation: z.string().trim().max(100).optional().catch(undefined),
  brokered: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((value) => value === '1'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const locale = resolveLocale(request, staff.locale)
  const filters = filtersSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const { total, requests } = await listIntroductionsForStaff({
    ...filters,
    organisation: filters.organisation || undefined,
  })
  return json({
    filters,
    total,
    pageCount: Math.max(1, Math.ceil(total / staffIntroductionPageSize)),
    requests: requests.map((request) => ({
      id: request.id,
      status: request.status,
      from: { name: request.fromOrganisation.name, nameJa: request.fromOrganisation.nameJa },
      to: { name: request.toOrganisation.name, nameJa: request.toOrganisation.nameJa },
      sent: formatDateTimeUtc(request.createdAt, locale),
      brokered: request.brokeredById !== null,
      notes: request._count.notes,
    })),
  })
}

export default function StaffIntroductionsPage() {
  const { filters, total, pageCount, requests } = useLoaderData<typeof loader>()
  const pageHref = (page: number) => {
    const params = new URLSearchParams()
    if (filters.status) params.set('status', filters.status)
    if (filters.organisation) params.set('organisation', filters.organisation)
    if (filters.brokered) params.set('brokered', '1')
    params.set('page', String(page))
    return `/staff/introductions?${params}`
  }
  const texts = useT()
  const t = texts.staff.introductions
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
          <p className="mt-1 text-slate-700">{t.intro}</p>
        </div>
        <Link
          to="/staff/introductions/new"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t.broker}
        </Link>
      </div>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium">
            {t.status}
          </label>
          <select
            id="filter-status"
            name="status"
            defaultValue={filters.status ?? ''}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          >
            <option value="">{t.allStatuses}</option>
            {introductionStatuses.map((status) => (
              <option key={status} value={status}>
                {texts.introductions.statuses[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-organisation" className="block text-sm font-medium">
            {t.organisation}
          </label>
          <input
            id="filter-organisation"
            name="organisation"
            type="search"
            defaultValue={filters.organisation ?? ''}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input
            id="filter-brokered"
            name="brokered"
            type="checkbox"
            value="1"
            defaultChecked={filters.brokered}
          />
          <label htmlFor="filter-brokered" className="text-sm font-medium">
            {t.brokeredOnly}
          </label>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold">
          {t.filter}
        </button>
      </Form>
      <p className="text-sm text-slate-600" role="status">
        {t.count({ count: total })}
      </p>
      {requests.length ? (
        <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-3">
                {t.fromTo}
              </th>
              <th scope="col" className="p-3">
                {t.status}
              </th>
              <th scope="col" className="p-3">
                {t.sent}
              </th>
              <th scope="col" className="p-3">
                {t.notes}
              </th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id} className="border-t border-slate-200">
                <td className="p-3">
                  <Link to={`/introductions/${request.id}`} className="font-medium text-brand-700 underline">
                    <OrganisationName {...request.from} /> → <OrganisationName {...request.to} />
                  </Link>
                  {request.brokered ? <span className="ml-2 text-slate-600">{t.brokered}</span> : null}
                </td>
                <td className="p-3">
                  <IntroductionStatusBadge status={request.status} />
                </td>
                <td className="p-3">{request.sent}</td>
                <td className="p-3">{request.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-slate-700">{t.none}</p>
      )}
      <Pager page={filters.page} pageCount={pageCount} hrefFor={pageHref} />
    </div>
  )
}
