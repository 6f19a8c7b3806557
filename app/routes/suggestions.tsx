import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { dismissSuggestion, suggestPartners, type Suggestion } from '~/modules/matching/suggestions.server'
import { requireMembership } from '~/modules/profiles/membership.server'
import { countryName } from '~/modules/taxonomy/countries'
import { OrganisationName } from '~/components/organisation-name'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.matching.suggestions.title)

const cardFields = ['id', 'slug', 'name', 'nameJa', 'city', 'country', 'band', 'reasons'] as const
type SuggestionCardData = Pick<Suggestion, (typeof cardFields)[number]>

// Only what a card shows travels to the page (not every tag of every suggestion).
const toCard = (suggestion: Suggestion) =>
  Object.fromEntries(cardFields.map((field) => [field, suggestion[field]])) as SuggestionCardData

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const { organisation } = membership
  const names = { name: organisation.name, nameJa: organisation.nameJa }
  const listed = organisation.status === 'approved' && organisation.suspendedAt === null
  if (!listed) return json({ listed: false as const, names })
  const result = await suggestPartners(organisation.slug, 20, resolveLocale(request, user.locale))
  return json({
    listed: true as const,
    names,
    suggestions: (result?.suggestions ?? []).map(toCard),
    localPartners: (result?.localPartners ?? []).map(toCard),
  })
}

const dismissSchema = z.object({ intent: z.literal('dismiss'), organisationId: z.string().min(1) })

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const parsed = dismissSchema.safeParse(Object.fromEntries(await readForm(request, context)))
  if (!parsed.success) throw new Response(errorMessage('notUnderstood'), { status: 400 })
  await dismissSuggestion(membership.organisation.id, parsed.data.organisationId, user.id).catch(
    refusalResponse,
  )
  return redirect('/suggestions?dismissed=1')
}

const bandStyles = {
  strong: 'bg-emerald-100 text-emerald-900',
  good: 'bg-sky-100 text-sky-900',
  possible: 'bg-slate-200 text-slate-800',
} as const

function SuggestionCard({ suggestion, busy }: { suggestion: SuggestionCardData; busy: boolean }) {
  const locale = useLocale()
  const texts = useT().matching
  const t = texts.suggestions
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-lg font-semibold">
            <Link to={`/organisations/${suggestion.slug}`} className="text-brand-900 hover:underline">
              <OrganisationName {...suggestion} />
            </Link>
          </h3>
          <p className="text-sm text-slate-600">
            {suggestion.city ? <span translate="no">{suggestion.city}, </span> : null}
            {countryName(suggestion.country, locale)}
          </p>
        </div>
        <span className={`rounded-full px-3 py-1 text-sm font-semibold ${bandStyles[suggestion.band]}`}>
          {texts.bands[suggestion.band]}
        </span>
      </div>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-800">
        {suggestion.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <Link
          to={`/introductions/new?to=${suggestion.slug}`}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t.request}
          <span className="sr-only">
            {' '}
            {t.to} <OrganisationName {...suggestion} />
          </span>
        </Link>
        <Form method="post">
          <input type="hidden" name="intent" value="dismiss" />
          <input type="hidden" name="organisationId" value={suggestion.id} />
          <button
            type="submit"
            disabled={busy}
            className="text-sm text-slate-600 underline hover:text-slate-900"
          >
            {t.notRelevant}
            <span className="sr-only">
              {': '}
              {t.stopSuggesting} <OrganisationName {...suggestion} />
            </span>
          </button>
        </Form>
      </div>
    </li>
  )
}

export default function SuggestionsPage() {
  const data = useLoaderData<typeof loader>()
  const busy = useNavigation().state !== 'idle'
  const [searchParams] = useSearchParams()
  const t = useT().matching.suggestions
  if (!data.listed) {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-700">
          {t.notListedBefore} <OrganisationName {...data.names} />
          {t.notListedAfter}{' '}
          <Link to="/organisation" className="text-brand-700 underline">
            {t.seeStatus}
          </Link>
          {t.end}
        </p>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-2 text-slate-700">
          {t.introBefore} <OrganisationName {...data.names} /> {t.introAfter}
        </p>
      </div>
      <div aria-live="polite">
        {searchParams.get('dismissed') ? <SuccessMessage>{t.dismissed}</SuccessMessage> : null}
      </div>
      <section aria-labelledby="partners-title">
        <h2 id="partners-title" className="text-lg font-semibold">
          {t.partners}
        </h2>
        {data.suggestions.length === 0 ? (
          <p className="mt-3 text-slate-700">{t.noneYet}</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {data.suggestions.map((suggestion) => (
              <SuggestionCard key={suggestion.slug} suggestion={suggestion} busy={busy} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="local-title">
        <h2 id="local-title" className="text-lg font-semibold">
          {t.local}
        </h2>
        {data.localPartners.length === 0 ? (
          <p className="mt-3 text-slate-700">{t.noLocal}</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {data.localPartners.map((suggestion) => (
              <SuggestionCard key={suggestion.slug} suggestion={suggestion} busy={busy} />
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
