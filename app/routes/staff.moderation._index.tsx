import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { requireStaff } from '~/modules/auth/session.server'
import { reviewQueue } from '~/modules/moderation/moderation.server'
import { countryName } from '~/modules/taxonomy/countries'
import { pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { OrganisationName } from '~/components/organisation-name'
import { useClock } from '~/modules/i18n/use-clock'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.queue.title)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  return json(await reviewQueue())
}

export default function ModerationQueuePage() {
  const { submitted, changedSinceApproval } = useLoaderData<typeof loader>()
  const locale = useLocale()
  const clock = useClock()
  const t = useT().staff.queue
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      <section aria-labelledby="submitted-title">
        <h2 id="submitted-title" className="text-lg font-semibold">
          {t.waiting({ count: submitted.length })}
        </h2>
        {submitted.length === 0 ? (
          <p className="mt-3 text-slate-700">{t.nothingWaiting}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {submitted.map((organisation) => (
              <li key={organisation.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <Link
                    to={`/staff/moderation/${organisation.id}`}
                    className="font-semibold text-brand-700 underline"
                  >
                    <OrganisationName {...organisation} />
                  </Link>
                  <span className="ml-2 text-sm text-slate-600">
                    {countryName(organisation.country, locale)}
                  </span>
                  {organisation.resubmission ? (
                    <span className="ml-2 rounded bg-amber-100 px-2 text-xs font-semibold text-amber-900">
                      {t.resubmitted}
                    </span>
                  ) : null}
                </div>
                <span className="text-sm text-slate-600">
                  {t.submitted} {organisation.submittedAt ? clock.at(organisation.submittedAt) : '—'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="changed-title">
        <h2 id="changed-title" className="text-lg font-semibold">
          {t.changed({ count: changedSinceApproval.length })}
        </h2>
        <p className="text-sm text-slate-700">{t.changedHint}</p>
        {changedSinceApproval.length === 0 ? (
          <p className="mt-3 text-slate-700">{t.noneChanged}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {changedSinceApproval.map((organisation) => (
              <li key={organisation.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <Link
                  to={`/staff/moderation/${organisation.id}`}
                  className="font-semibold text-brand-700 underline"
                >
                  <OrganisationName {...organisation} />
                </Link>
                <span className="text-sm text-slate-600">
                  {t.edited} {clock.at(organisation.updatedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
