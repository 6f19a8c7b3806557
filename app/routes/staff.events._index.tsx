import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { EventPhaseBadge } from '~/components/events/event-card'
import { requireStaff } from '~/modules/auth/session.server'
import { staffEventList } from '~/modules/events/event-admin.server'
import { phaseOf } from '~/modules/events/event-status'
import { describeEventTime, eventTitleIn } from '~/modules/events/event-time'
import { readerTimeZone } from '~/modules/events/event-views.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.events.staff.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const locale = resolveLocale(request, staff.locale)
  const [events, timeZone] = await Promise.all([staffEventList(), readerTimeZone(staff)])
  const now = new Date()
  return json({
    events: events.map((event) => ({
      id: event.id,
      title: eventTitleIn(event, locale),
      kind: event.kind,
      phase: phaseOf(event, now),
      when: describeEventTime(event.startsAt, event.endsAt, timeZone, locale).local,
      approved: event.approved,
      pending: event.pending,
      waitlisted: event.waitlisted,
    })),
  })
}

export default function StaffEventsPage() {
  const { events } = useLoaderData<typeof loader>()
  const t = useT().events
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t.staff.title}</h1>
        <Link
          to="/staff/events/new"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t.staff.new}
        </Link>
      </div>
      <p className="text-slate-700">{t.staff.intro}</p>
      {events.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {events.map((event) => (
            <li key={event.id} className="space-y-1 p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  to={`/staff/events/${event.id}`}
                  className="inline-block py-2.5 font-semibold text-brand-700 underline"
                  translate="no"
                >
                  {event.title}
                </Link>
                <EventPhaseBadge phase={event.phase} />
              </div>
              <p className="text-sm text-slate-700">
                {t.kinds[event.kind]} · {event.when}
              </p>
              <p className="text-sm text-slate-700">
                <Link to={`/staff/events/${event.id}/registrations`} className="underline">
                  {t.staff.actions.registrations}
                </Link>
                : {t.staff.counts(event)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t.staff.empty}</p>
      )}
    </div>
  )
}
