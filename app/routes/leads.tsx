import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { actsAsStaff } from '~/modules/auth/roles'
import { requireStaff, requireUser } from '~/modules/auth/session.server'
import { leadsVisibleTo, markLeadBrokered, type Lead } from '~/modules/matching/leads.server'
import { leadRequestsOf } from '~/modules/matching/lead-requests.server'
import { isPartOfLead, leadKey } from '~/modules/matching/lead-request-fields'
import { effectiveTimeZone } from '~/modules/introductions/meeting-time'
import { formatDate } from '~/utils/format'
import { getMembership } from '~/modules/profiles/profiles.server'
import { termLabel } from '~/modules/taxonomy/term-label'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { OrganisationName } from '~/components/organisation-name'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.matching.leads.pageTitle)

const codeParam = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/)
  .optional()
  .catch(undefined)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const params = new URL(request.url).searchParams
  const filters = {
    market: codeParam.parse(params.get('market') || undefined),
    material: codeParam.parse(params.get('material') || undefined),
    technology: codeParam.parse(params.get('technology') || undefined),
  }
  const staff = actsAsStaff(user)
  const locale = resolveLocale(request, user.locale)
  const [taxonomy, membership] = await Promise.all([loadTaxonomy(), getMembership(user.id)])
  const ownId = membership?.organisation.id
  const [leads, requests] = await Promise.all([
    leadsVisibleTo({ staff, organisation: membership?.organisation ?? null }, { ...filters, locale }),
    ownId ? leadRequestsOf(ownId) : Promise.resolve([]),
  ])
  const askedOn = Object.fromEntries(
    requests
      .filter((entry) => entry.status === 'open')
      .map((entry) => [
        leadKey(entry),
        formatDate(
          entry.createdAt,
          locale,
          effectiveTimeZone(user.timeZone, membership?.organisation.region),
        ),
      ]),
  )
  const options = (kind: 'market' | 'material' | 'technology') =>
    taxonomy[kind]
      .filter((term) => !term.retired)
      .map((term) => ({ value: term.code, label: termLabel(term, locale) }))
  return json({
    filters,
    leads,
    staff,
    hasOrganisation: Boolean(ownId),
    ownId: ownId ?? null,
    askedOn,
    options: { market: options('market'), material: options('material'), technology: options('technology') },
  })
}

const brokerSchema = z.object({
  market: z.string().min(1),
  euId: z.string().min(1),
  jpId: z.string().min(1),
  note: z
    .string()
    .trim()
    .min(3, errorMessage('leadNoteRequired'))
    .max(1000, errorMessage('textTooLong', { max: 1000 })),
})

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const parsed = brokerSchema.safeParse(Object.fromEntries(await readForm(request, context)))
  if (!parsed.success) {
    throw new Response(parsed.error.issues[0]?.message ?? errorMessage('notUnderstood'), { status: 400 })
  }
  const { note, ...lead } = parsed.data
  await markLeadBrokered(staff.id, lead, note).catch(refusalResponse)
  const back = new URL(request.url)
  back.searchParams.set('brokered', '1')
  return redirect(`${back.pathname}${back.search}`)
}

/** Who the viewer could be introduced to in this lead: the other side of the EU-Japan pair. */
function introductionTarget(lead: Lead, ownId: string | null) {
  if (ownId === lead.eu.id) return lead.jp
  if (ownId === lead.jp.id) return lead.eu
  return null
}

/** The page where a member of one of the lead's organisations asks the Centre to introduce all three. */
function requestHref(lead: Lead) {
  const params = new URLSearchParams({ market: lead.market, eu: lead.eu.id, jp: lead.jp.id })
  if (lead.local) params.set('local', lead.local.id)
  return `/leads/request?${params}`
}

function LeadCard({
  lead,
  staff,
  ownId,
  marketLabel,
  askedOn,
}: {
  lead: Lead
  staff: boolean
  ownId: string | null
  marketLabel: string
  askedOn: string | undefined
}) {
  const partOfLead = isPartOfLead(lead, ownId)
  const target = introductionTarget(lead, ownId)
  const texts = useT()
  const t = texts.matching.leads
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="min-w-0 font-semibold break-words">
          <Link to={`/organisations/${lead.eu.slug}`} className="text-brand-900 hover:underline">
            <OrganisationName {...lead.eu} />
          </Link>{' '}
          <span className="text-slate-600">+</span>{' '}
          <Link to={`/organisations/${lead.jp.slug}`} className="text-brand-900 hover:underline">
            <OrganisationName {...lead.jp} />
          </Link>
          {lead.local ? (
            <>
              {' '}
              <span className="text-slate-600">{t.local}</span>{' '}
              <Link to={`/organisations/${lead.local.slug}`} className="text-brand-900 hover:underline">
                <OrganisationName {...lead.local} />
              </Link>
            </>
          ) : null}
        </h3>
        <span className="text-sm text-slate-700">
          {marketLabel} · {texts.matching.bands[lead.band]}
        </span>
      </div>
      <p className="mt-3 text-sm text-slate-600">
        {t.whyBefore} <OrganisationName {...lead.eu} />
        {t.whyAfter}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
        {lead.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {lead.brokering ? (
        <p className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-950">
          {t.beingBrokered}
          {lead.brokering.by ? <span translate="no"> ({lead.brokering.by})</span> : null}:{' '}
          <span translate="no">{lead.brokering.note}</span>
        </p>
      ) : null}
      {target ? (
        <Link
          to={`/introductions/new?to=${target.slug}`}
          className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t.request}
          <span className="sr-only">
            {' '}
            {t.to} <OrganisationName {...target} />
          </span>
        </Link>
      ) : null}
      {partOfLead ? (
        <div className="mt-3 text-sm">
          {askedOn ? <p className="text-slate-700">{t.askedOn({ on: askedOn })}</p> : null}
          <Link
            to={requestHref(lead)}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t.askCentre}
          </Link>
        </div>
      ) : null}
      {staff ? (
        <Link
          to={`/staff/introductions/new?first=${lead.eu.slug}&second=${lead.jp.slug}`}
          className="mt-3 mr-3 inline-flex min-h-11 items-center text-sm text-brand-700 underline"
        >
          {t.introduce}
          <span className="sr-only">
            : <OrganisationName {...lead.eu} /> {t.and} <OrganisationName {...lead.jp} />
          </span>
        </Link>
      ) : null}
      {staff ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm text-brand-700 underline">
            {lead.brokering ? t.updateNote : t.markBrokered}
          </summary>
          <Form method="post" className="mt-2 space-y-2">
            <input type="hidden" name="market" value={lead.market} />
            <input type="hidden" name="euId" value={lead.eu.id} />
            <input type="hidden" name="jpId" value={lead.jp.id} />
            <label className="block text-sm">
              {t.note}
              <textarea
                name="note"
                required
                rows={2}
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
              />
            </label>
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold"
            >
              {t.save}
            </button>
          </Form>
        </details>
      ) : null}
    </li>
  )
}

export default function LeadsPage() {
  const { filters, leads, staff, hasOrganisation, ownId, options, askedOn } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const t = useT().matching.leads
  const marketLabel = (code: string) => options.market.find((option) => option.value === code)?.label ?? code
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          {t.intro} {staff ? t.staffSees : t.memberSees}
        </p>
      </div>
      {searchParams.get('brokered') ? <SuccessMessage>{t.brokeredSaved}</SuccessMessage> : null}
      {searchParams.get('requested') ? <SuccessMessage>{t.requestedSaved}</SuccessMessage> : null}
      <Form method="get" className="flex flex-wrap items-end gap-3">
        {(['market', 'material', 'technology'] as const).map((key) => (
          <div key={key} className="w-full min-w-0 sm:w-auto">
            <label htmlFor={`leads-${key}`} className="block text-sm font-medium">
              {t.filters[key]}
            </label>
            <select
              id={`leads-${key}`}
              name={key}
              defaultValue={filters[key] ?? ''}
              className="mt-1 block w-full max-w-full rounded-md border border-slate-300 px-3 py-2 sm:max-w-xs"
            >
              <option value="">{t.any}</option>
              {options[key].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
          {t.show}
        </button>
      </Form>
      {leads.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {hasOrganisation || staff ? t.noMatch : t.noOrganisation}
        </p>
      ) : (
        <ul className="space-y-4">
          {leads.map((lead) => (
            <LeadCard
              key={`${lead.market}-${lead.eu.id}-${lead.jp.id}`}
              lead={lead}
              staff={staff}
              ownId={ownId}
              marketLabel={marketLabel(lead.market)}
              askedOn={askedOn[leadKey({ market: lead.market, euId: lead.eu.id, jpId: lead.jp.id })]}
            />
          ))}
        </ul>
      )}
    </div>
  )
}
