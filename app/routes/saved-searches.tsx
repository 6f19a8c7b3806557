import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { IntentButton } from '~/components/meetings/intent-button'
import { SuccessMessage } from '~/components/success-message'
import {
  saveSearchSchema,
  savedSearchIdSchema,
  searchAlertsSchema,
} from '~/modules/alerts/saved-search-fields'
import {
  deleteSavedSearch,
  listSavedSearches,
  saveSearch,
  setSearchAlerts,
} from '~/modules/alerts/saved-searches.server'
import { requireUser } from '~/modules/auth/session.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useClock } from '~/modules/i18n/use-clock'
import { useT } from '~/modules/i18n/use-translation'
import { readForm } from '~/modules/security/form-data.server'
import { intent } from '~/utils/intents'
import { runIntent } from '~/utils/intents.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.profiles.savedSearches.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return json({ searches: await listSavedSearches(user.id) })
}

type Acting = { userId: string }
const intents = {
  save: intent(saveSearchSchema, (acting: Acting, form) => saveSearch(acting.userId, form)),
  alerts: intent(searchAlertsSchema, (acting: Acting, form) =>
    setSearchAlerts(acting.userId, form.searchId, form.alerts === 'on'),
  ),
  delete: intent(savedSearchIdSchema, (acting: Acting, form) =>
    deleteSavedSearch(acting.userId, form.searchId),
  ),
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const outcome = await runIntent(await readForm(request, context), intents, { userId: user.id })
  if (outcome instanceof Response) return outcome
  // Saving is done from the directory, which stays where it is.
  if (outcome.done === 'save') return json({ intent: 'save', saved: true })
  return redirect(`/saved-searches?done=${outcome.done}`)
}

export default function SavedSearchesPage() {
  const { searches } = useLoaderData<typeof loader>()
  const done = useSearchParams()[0].get('done')
  const t = useT().profiles.savedSearches
  const clock = useClock()
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-2 text-slate-700">{t.intro}</p>
      </div>
      <div aria-live="polite">
        {done && t.done[done] ? <SuccessMessage>{t.done[done]}</SuccessMessage> : null}
      </div>
      {searches.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-slate-700">{t.empty}</p>
          <Link
            to="/directory"
            className="mt-3 inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t.toDirectory}
          </Link>
        </div>
      ) : (
        <ul className="space-y-4">
          {searches.map((search) => (
            <li key={search.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold [overflow-wrap:anywhere]">{search.name}</h2>
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-medium ${
                    search.alerts ? 'bg-green-100 text-green-900' : 'bg-slate-100 text-slate-700'
                  }`}
                >
                  {search.alerts ? t.alertsOn : t.alertsOff}
                </span>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {t.saved({ when: clock.at(search.createdAt) })} · {t.announced({ count: search.announced })}
              </p>
              <div className="mt-3 flex flex-wrap items-start gap-3">
                <Link
                  to={search.href}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  {t.run}
                </Link>
                <Link
                  to={search.newestHref}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  {t.newest}
                </Link>
                <IntentButton
                  intent="alerts"
                  values={{ searchId: search.id, alerts: search.alerts ? 'off' : 'on' }}
                  tone="plain"
                >
                  {search.alerts ? t.turnOff : t.turnOn}
                </IntentButton>
                <IntentButton
                  intent="delete"
                  values={{ searchId: search.id }}
                  confirmText={t.deleteConfirm({ name: search.name })}
                  tone="danger"
                >
                  {t.delete}
                </IntentButton>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
