import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
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
import { readerTimeZone } from '~/modules/events/event-views.server'
import { stampIn } from '~/modules/introductions/meeting-time'
import { markLeadRequestHandled, openLeadRequests } from '~/modules/matching/lead-requests.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'
import { SuccessMessage } from '~/components/success-message'

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
  const timeZone = await readerTimeZone(staff, locale)
  const filters = filtersSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const [{ total, requests }, leadRequests] = await Promise.all([
    listIntroductionsForStaff({ ...filters, organisation: filters.organisation || undefined }),
    openLeadRequests(),
  ])
  return json({
    filters,
    total,
    pageCount: Math.max(1, Math.ceil(total / staffIntroductionPageSize)),
    requests: requests.map((request) => ({
      id: request.id,
      status: request.status,
      from: { name: request.fromOrganisation.name, nameJa: request.fromOrganisation.nameJa },
      to: { name: request.toOrganisation.name, nameJa: request.toOrganisation.nameJa },
      sent: stampIn(request.createdAt, timeZone, locale),
      brokered: request.brokeredById !== null,
      notes: request._count.notes,
    })),
    leadRequests: leadRequests.map((entry) => ({
      id: entry.id,
      market: entry.market,
      eu: entry.eu,
      jp: entry.jp,
      local: entry.local,
      by: entry.requestedBy?.displayName ?? null,
      byOrganisation: [entry.eu, entry.jp, entry.local].find(
        (party) => party?.id === entry.requestedByOrganisationId,
      ),
      message: entry.message,
      sent: stampIn(entry.createdAt, timeZone, locale),
    })),
  })
}

const handleSchema = z.object({
  intent: z.literal('lead-request-handled'),
  requestId: z.string().min(1).max(100),
})

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const parsed = handleSchema.safeParse(Object.fromEntries(await readForm(request, context)))
  if (!parsed.success) throw new Response(errorMessage('notUnderstood'), { status: 400 })
  await markLeadRequestHandled(staff.id, parsed.data.requestId).catch(refusalResponse)
  return redirect('/staff/introductions?handled=1#lead-requests')
}

type LeadRequestRow = ReturnType<typeof useLoaderData<typeof loader>>['leadRequests'][number]

/** Members' requests for a three-way introduction from a third-country lead, oldest first. */
function LeadRequests({ requests }: { requests: LeadRequestRow[] }) {
  const t = useT().staff.introductions
  return (
    <section aria-labelledby="lead-requests" className="space-y-3">
      <h2 id="lead-requests" className="text-lg font-semibold">
        {t.leadRequests}
      </h2>
      {requests.length ? (
        <ul className="space-y-3">
          {requests.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <p className="font-medium">
                <Link to={`/organisations/${entry.eu.slug}`} className="text-brand-700 underline">
                  <OrganisationName {...entry.eu} />
                </Link>{' '}
                +{' '}
                <Link to={`/organisations/${entry.jp.slug}`} className="text-brand-700 underline">
                  <OrganisationName {...entry.jp} />
                </Link>
                {entry.local ? (
                  <>
                    {' '}
                    + {t.local}{' '}
                    <Link to={`/organisations/${entry.local.slug}`} className="text-brand-700 underline">
                      <OrganisationName {...entry.local} />
                    </Link>
                  </>
                ) : null}{' '}
                <span className="text-slate-600">({entry.market})</span>
              </p>
              <p className="mt-1 text-slate-600">
                {t.askedBy} <span translate="no">{entry.by ?? '—'}</span>
                {entry.byOrganisation ? (
                  <>
                    {' '}
                    (<OrganisationName {...entry.byOrganisation} />)
                  </>
                ) : null}
                , {entry.sent}
              </p>
              <p className="mt-2 whitespace-pre-line text-slate-800" translate="no">
                {entry.message}
              </p>
              <div className="mt-3 flex flex-wrap items-center gap-4">
                <Link
                  to={`/staff/introductions/new?first=${entry.eu.slug}&second=${entry.jp.slug}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  {t.introduceThem}
                </Link>
                <Form method="post">
                  <input type="hidden" name="intent" value="lead-request-handled" />
                  <input type="hidden" name="requestId" value={entry.id} />
                  <button
                    type="submit"
                    className="rounded-md border border-slate-300 px-3 py-1.5 font-semibold"
                  >
                    {t.markHandled}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t.noLeadRequests}</p>
      )}
    </section>
  )
}

export default function StaffIntroductionsPage() {
  const { filters, total, pageCount, requests, leadRequests } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
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
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t.broker}
        </Link>
      </div>
      {searchParams.get('handled') ? <SuccessMessage>{t.handledSaved}</SuccessMessage> : null}
      <LeadRequests requests={leadRequests} />
      <h2 className="text-lg font-semibold">{t.allIntroductions}</h2>
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
        <label htmlFor="filter-brokered" className="flex items-center gap-2 pb-2 text-sm font-medium">
          <input
            id="filter-brokered"
            name="brokered"
            type="checkbox"
            value="1"
            defaultChecked={filters.brokered}
          />
          {t.brokeredOnly}
        </label>
        <button type="submit" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold">
          {t.filter}
        </button>
      </Form>
      <p className="text-sm text-slate-600" role="status">
        {t.count({ count: total })}
      </p>
      {requests.length ? (
        <div className="relative overflow-x-auto rounded-lg">
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
                    <Link
                      to={`/introductions/${request.id}`}
                      className="inline-block py-2.5 font-medium text-brand-700 underline"
                    >
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
        </div>
      ) : (
        <p className="text-slate-700">{t.none}</p>
      )}
      <Pager page={filters.page} pageCount={pageCount} hrefFor={pageHref} />
    </div>
  )
}
