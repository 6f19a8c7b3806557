import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useRouteError } from '@remix-run/react'
import { z } from 'zod'
import { ErrorPage } from '~/components/error-page'
import { FormErrors, SubmitButton, TextAreaField } from '~/components/forms'
import { OrganisationName } from '~/components/organisation-name'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { resolveLocale } from '~/modules/i18n/locale.server'
import {
  isPartOfLead,
  leadKey,
  leadRequestMessageLength,
  leadRequestSchema,
} from '~/modules/matching/lead-request-fields'
import {
  leadRequestsOf,
  leadToRequest,
  requestLeadIntroduction,
} from '~/modules/matching/lead-requests.server'
import { requireMembership } from '~/modules/profiles/membership.server'
import { readForm } from '~/modules/security/form-data.server'
import { countryName } from '~/modules/taxonomy/countries'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { termLabel } from '~/modules/taxonomy/term-label'
import { refusalResponse } from '~/utils/domain-error'
import { effectiveTimeZone } from '~/modules/introductions/meeting-time'
import { formatDate } from '~/utils/format'
import { refusalReply } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.matching.leadRequest.pageTitle)

const leadParams = z.object({
  market: z.string().regex(/^[a-z0-9-]{1,40}$/),
  eu: z.string().min(1).max(100),
  jp: z.string().min(1).max(100),
  local: z.string().min(1).max(100).optional(),
})

/** The lead in the address, which the member's organisation must be part of. */
async function loadLead(request: Request) {
  const { user, membership } = await requireMembership(request)
  const parsed = leadParams.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) throw new Response('Not Found', { status: 404 })
  const { market, eu, jp, local } = parsed.data
  const lead = await leadToRequest({ market, euId: eu, jpId: jp, localId: local }).catch(refusalResponse)
  if (!isPartOfLead(lead, membership.organisation.id)) throw new Response('Forbidden', { status: 403 })
  return { user, membership, lead, ids: { market, euId: eu, jpId: jp, localId: local } }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, membership, lead } = await loadLead(request)
  const locale = resolveLocale(request, user.locale)
  const [requests, taxonomy] = await Promise.all([leadRequestsOf(membership.organisation.id), loadTaxonomy()])
  const asked = requests.find(
    (entry) => leadKey(entry) === leadKey({ market: lead.market, euId: lead.eu.id, jpId: lead.jp.id }),
  )
  const party = (organisation: { slug: string; name: string; nameJa: string | null; country: string }) => ({
    slug: organisation.slug,
    name: organisation.name,
    nameJa: organisation.nameJa,
    country: countryName(organisation.country, locale),
  })
  const market = taxonomy.market.find((term) => term.code === lead.market)
  return json({
    market: { code: lead.market, label: market ? termLabel(market, locale) : lead.market },
    eu: party(lead.eu),
    jp: party(lead.jp),
    local: lead.local ? party(lead.local) : null,
    asked: asked
      ? {
          status: asked.status,
          on: formatDate(
            asked.createdAt,
            locale,
            effectiveTimeZone(user.timeZone, membership.organisation.region),
          ),
        }
      : null,
  })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, membership, ids } = await loadLead(request)
  const submission = parseWithZod(await readForm(request, context), { schema: leadRequestSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  try {
    await requestLeadIntroduction({
      userId: user.id,
      organisationId: membership.organisation.id,
      request: { ...ids, ...submission.value },
    })
  } catch (error) {
    return refusalReply(submission, error)
  }
  return redirect('/leads?requested=1')
}

export default function LeadRequestPage() {
  const { market, eu, jp, local, asked } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const t = useT().matching.leadRequest
  const [form, fields] = useForm({
    id: 'lead-request',
    lastResult,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: leadRequestSchema }),
  })
  const parties = [
    { role: t.euSide, organisation: eu },
    { role: t.jpSide, organisation: jp },
    ...(local ? [{ role: t.localPartner, organisation: local }] : []),
  ]
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link
        to="/leads"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        ← {t.back}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">{t.heading({ market: market.label })}</h1>
      <p className="text-slate-700">{t.explain}</p>
      <ul className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        {parties.map(({ role, organisation }) => (
          <li key={organisation.slug}>
            <span className="text-sm text-slate-600">{role}:</span>{' '}
            <Link
              to={`/organisations/${organisation.slug}`}
              className="font-semibold text-brand-900 underline"
            >
              <OrganisationName {...organisation} />
            </Link>{' '}
            <span className="text-sm text-slate-600">({organisation.country})</span>
          </li>
        ))}
      </ul>
      {asked ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {asked.status === 'open' ? t.alreadyAsked({ on: asked.on }) : t.handledBefore({ on: asked.on })}
        </p>
      ) : null}
      <Form method="post" className="space-y-6" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextAreaField
          label={t.message}
          field={fields.message}
          hint={t.messageHint(leadRequestMessageLength)}
          textareaProps={getTextareaProps(fields.message)}
        />
        <div className="max-w-xs">
          <SubmitButton pending={pending}>
            {pending ? t.submitting : asked ? t.submitAgain : t.submit}
          </SubmitButton>
        </div>
      </Form>
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
