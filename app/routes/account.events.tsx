import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { EventCard } from '~/components/events/event-card'
import { requireUser } from '~/modules/auth/session.server'
import { eventCard, readerTimeZone, registrationsOf } from '~/modules/events/event-views.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.events.mine.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const locale = resolveLocale(request, user.locale)
  const [registrations, timeZone] = await Promise.all([registrationsOf(user.id), readerTimeZone(user)])
  const now = new Date()
  const rows = registrations.map((registration) => ({
    id: registration.id,
    status: registration.status,
    attended: registration.attended,
    event: eventCard(registration.event, timeZone, locale, now),
    past: registration.event.endsAt <= now,
  }))
  return json({
    upcoming: rows.filter((row) => !row.past),
    past: rows.filter((row) => row.past).reverse(),
  })
}

export default function MyEventsPage() {
  const { upcoming, past } = useLoaderData<typeof loader>()
  const t = useT().events
  const list = (rows: typeof upcoming) => (
    <ul className="space-y-3">
      {rows.map((row) => (
        <EventCard
          key={row.id}
          event={row.event}
          extra={
            <p className="mt-2 text-sm font-medium text-slate-800">
              {t.registrationStates[row.status]}
              {row.attended ? ` · ${t.mine.attended}` : ''}
            </p>
          }
        />
      ))}
    </ul>
  )
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t.mine.title}</h1>
        <p className="text-slate-700">{t.mine.intro}</p>
      </div>
      <section aria-labelledby="coming" className="space-y-3">
        <h2 id="coming" className="text-xl font-semibold">
          {t.mine.upcoming}
        </h2>
        {upcoming.length ? (
          list(upcoming)
        ) : (
          <p className="text-slate-700">
            {t.mine.none}{' '}
            <Link to="/events" className="font-medium text-brand-700 underline">
              {t.mine.browse}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="done" className="space-y-3">
        <h2 id="done" className="text-xl font-semibold">
          {t.mine.past}
        </h2>
        {past.length ? list(past) : <p className="text-slate-700">{t.mine.nonePast}</p>}
      </section>
    </div>
  )
}
