import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { dismissalReasons } from '~/modules/matching/dismissal-reasons'
import {
  dismissedSuggestions,
  dismissSuggestion,
  restoreSuggestion,
} from '~/modules/matching/dismissals.server'
import { suggestPartners, type Suggestion } from '~/modules/matching/suggestions.server'
import { isListed } from '~/modules/profiles/listed.server'
import { effectiveTimeZone } from '~/modules/introductions/meeting-time'
import { formatDate } from '~/utils/format'
import { requireMembership } from '~/modules/profiles/membership.server'
import { recordSeenSuggestions } from '~/modules/matching/seen-suggestions.server'
import { countryName } from '~/modules/taxonomy/countries'
import { OrganisationLogo } from '~/components/files/organisation-logo'
import { OrganisationName } from '~/components/organisation-name'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.matching.suggestions.title)

const cardFields = [
  'id',
  'slug',
  'name',
  'nameJa',
  'city',
  'country',
  'band',
  'reasons',
  'logoFileId',
] as const
type SuggestionCardData = Pick<Suggestion, (typeof cardFields)[number]>

// Only what a card shows travels to the page (not every tag of every suggestion).
const toCard = (suggestion: Suggestion) =>
  Object.fromEntries(cardFields.map((field) => [field, suggestion[field]])) as SuggestionCardData

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const { organisation } = membership
  const names = { name: organisation.name, nameJa: organisation.nameJa }
  if (!isListed(organisation)) return json({ listed: false as const, names })
  const locale = resolveLocale(request, user.locale)
  const [result, dismissed] = await Promise.all([
    suggestPartners(organisation.slug, 20, locale),
    dismissedSuggestions(organisation.id),
  ])
  await recordSeenSuggestions(
    user.id,
    (result?.suggestions ?? []).map((suggestion) => suggestion.id),
  )
  return json({
    listed: true as const,
    names,
    suggestions: (result?.suggestions ?? []).map(toCard),
    localPartners: (result?.localPartners ?? []).map(toCard),
    likeYours: (result?.likeYours ?? []).map(toCard),
    dismissed: dismissed.map((entry) => ({
      ...entry.dismissed,
      reason: entry.reason,
      on: formatDate(entry.createdAt, locale, effectiveTimeZone(user.timeZone, organisation.region)),
    })),
  })
}

const commandSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('dismiss'),
    organisationId: z.string().min(1).max(100),
    reason: z.enum(dismissalReasons).optional(),
  }),
  z.object({ intent: z.literal('restore'), organisationId: z.string().min(1).max(100) }),
])

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const form = Object.fromEntries(await readForm(request, context))
  const parsed = commandSchema.safeParse({ ...form, reason: form.reason || undefined })
  if (!parsed.success) throw new Response(errorMessage('notUnderstood'), { status: 400 })
  const { intent, organisationId } = parsed.data
  if (intent === 'restore') {
    await restoreSuggestion(membership.organisation.id, organisationId).catch(refusalResponse)
    return redirect('/suggestions?restored=1')
  }
  await dismissSuggestion(membership.organisation.id, organisationId, user.id, parsed.data.reason).catch(
    refusalResponse,
  )
  return redirect(`/suggestions?${new URLSearchParams({ dismissed: organisationId })}`)
}

const bandStyles = {
  strong: 'bg-emerald-100 text-emerald-900',
  good: 'bg-sky-100 text-sky-900',
  possible: 'bg-slate-200 text-slate-800',
} as const

function SuggestionCard({
  suggestion,
  busy,
  dismissable = true,
  requestable = true,
}: {
  suggestion: SuggestionCardData
  busy: boolean
  dismissable?: boolean
  requestable?: boolean
}) {
  const locale = useLocale()
  const texts = useT().matching
  const t = texts.suggestions
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-start gap-3">
          {suggestion.logoFileId ? <OrganisationLogo fileId={suggestion.logoFileId} alt="" /> : null}
          <div className="min-w-0">
            <h3 className="text-lg font-semibold">
              <Link
                to={`/organisations/${suggestion.slug}`}
                className="-my-2 inline-block py-2 text-brand-900 hover:underline"
              >
                <OrganisationName {...suggestion} />
              </Link>
            </h3>
            <p className="text-sm text-slate-600">
              {suggestion.city ? <span translate="no">{suggestion.city}, </span> : null}
              {countryName(suggestion.country, locale)}
            </p>
          </div>
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
        {requestable ? (
          <Link
            to={`/introductions/new?to=${suggestion.slug}`}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {t.request}
            <span className="sr-only">
              {' '}
              {t.to} <OrganisationName {...suggestion} />
            </span>
          </Link>
        ) : null}
        {dismissable ? (
          <details className="text-sm">
            <summary className="min-h-11 cursor-pointer py-2 text-slate-700 underline hover:text-slate-900">
              {t.notRelevant}
              <span className="sr-only">
                {': '}
                {t.stopSuggesting} <OrganisationName {...suggestion} />
              </span>
            </summary>
            <Form method="post" className="mt-2 space-y-2 rounded-md border border-slate-200 p-3">
              <input type="hidden" name="intent" value="dismiss" />
              <input type="hidden" name="organisationId" value={suggestion.id} />
              <fieldset>
                <legend className="font-medium text-slate-800">{t.dismissLegend}</legend>
                {dismissalReasons.map((reason) => (
                  <label key={reason} className="flex min-h-11 items-center gap-2">
                    <input type="radio" name="reason" value={reason} className="h-4 w-4" />
                    {t.dismissReasons[reason]}
                  </label>
                ))}
              </fieldset>
              <button
                type="submit"
                disabled={busy}
                className="min-h-11 rounded-md border border-slate-300 px-3 py-2 font-medium text-slate-800 hover:bg-slate-100"
              >
                {t.confirmDismiss}
              </button>
            </Form>
          </details>
        ) : null}
      </div>
    </li>
  )
}

export default function SuggestionsPage() {
  const data = useLoaderData<typeof loader>()
  const busy = useNavigation().state !== 'idle'
  const [searchParams] = useSearchParams()
  const t = useT().matching.suggestions
  const dismissedNow = searchParams.get('dismissed')
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
        {dismissedNow ? (
          <SuccessMessage>
            <span className="flex flex-wrap items-center gap-3">
              {t.dismissed}
              <Form method="post">
                <input type="hidden" name="intent" value="restore" />
                <input type="hidden" name="organisationId" value={dismissedNow} />
                <button type="submit" disabled={busy} className="min-h-11 font-semibold underline">
                  {t.undo}
                </button>
              </Form>
            </span>
          </SuccessMessage>
        ) : null}
        {searchParams.get('restored') ? <SuccessMessage>{t.restored}</SuccessMessage> : null}
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
      {data.likeYours.length ? (
        <section
          aria-labelledby="like-yours-title"
          className="rounded-lg border border-slate-200 bg-slate-50 p-4"
        >
          <h2 id="like-yours-title" className="text-lg font-semibold">
            {t.likeYoursTitle}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t.likeYoursIntro}</p>
          <ul className="mt-3 space-y-4">
            {data.likeYours.map((suggestion) => (
              <SuggestionCard key={suggestion.slug} suggestion={suggestion} busy={busy} requestable={false} />
            ))}
          </ul>
        </section>
      ) : null}
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">
          {t.dismissedTitle({ count: data.dismissed.length })}
        </summary>
        {data.dismissed.length === 0 ? (
          <p className="mt-2 text-slate-700">{t.noDismissed}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {data.dismissed.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <Link
                    to={`/organisations/${entry.slug}`}
                    className="-my-2.5 inline-block py-2.5 font-medium text-brand-900 hover:underline"
                  >
                    <OrganisationName {...entry} />
                  </Link>
                  <span className="ml-2 text-sm text-slate-600">
                    {entry.reason ? t.dismissReasons[entry.reason] : t.noReason} ·{' '}
                    {t.dismissedOn({ date: entry.on })}
                  </span>
                </span>
                <Form method="post">
                  <input type="hidden" name="intent" value="restore" />
                  <input type="hidden" name="organisationId" value={entry.id} />
                  <button
                    type="submit"
                    disabled={busy}
                    className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100"
                  >
                    {t.suggestAgain}
                    <span className="sr-only">
                      {': '}
                      <OrganisationName {...entry} />
                    </span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  )
}
