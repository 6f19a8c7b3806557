import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useRouteError } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'
import { MeetingTime } from '~/components/introductions/meeting-time'
import { requireStaff } from '~/modules/auth/session.server'
import { eventTitleIn } from '~/modules/events/event-time'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { tablePlan } from '~/modules/meetings/agenda.server'
import { meetingSetup } from '~/modules/meetings/meeting-plan.server'
import { meetingEventForStaff } from '~/modules/meetings/meetings-admin.server'
import { refusalResponse } from '~/utils/domain-error'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.meetings.tablePlan.title)

/** Staff print which pair sits at which table in each slot (confirmed and proposed meetings). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const locale = resolveLocale(request, staff.locale)
  const event = await meetingEventForStaff(params.id ?? '').catch(refusalResponse)
  const [slots, { tables }] = await Promise.all([
    tablePlan(event.id, event.timeZone, locale),
    meetingSetup(event.id),
  ])
  return json({
    event: { id: event.id, title: eventTitleIn(event, locale) },
    tables: tables.map((table) => ({ id: table.id, name: table.name })),
    slots: slots.map((slot) => ({
      ...slot,
      meetings: slot.meetings.filter((m) => m.status !== 'requested'),
    })),
  })
}

export default function TablePlanPage() {
  const data = useLoaderData<typeof loader>()
  const texts = useT()
  const t = texts.meetings.tablePlan
  const placed = data.slots.some((slot) => slot.meetings.length)
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <Link
          to={`/staff/events/${data.event.id}/meetings`}
          className="inline-flex min-h-11 min-w-11 items-center justify-center text-sm font-medium text-brand-700 underline"
        >
          {texts.meetings.staff.title}
        </Link>
        <button
          type="button"
          onClick={() => window.print()}
          className="min-h-11 rounded-md border border-slate-300 px-4 font-semibold"
        >
          {texts.meetings.agenda.print}
        </button>
      </div>
      <h1 className="text-2xl font-bold tracking-tight">
        {t.title}: <span translate="no">{data.event.title}</span>
      </h1>
      {placed ? (
        data.slots
          .filter((slot) => slot.meetings.length)
          .map((slot) => (
            <section key={slot.id} className="break-inside-avoid space-y-2" aria-label={slot.time.local}>
              <h2 className="text-lg font-semibold">
                <MeetingTime time={slot.time} />
              </h2>
              <div className="relative overflow-x-auto">
                <table className="min-w-full divide-y divide-slate-200 text-sm">
                  <thead>
                    <tr className="text-left">
                      <th scope="col" className="p-2">
                        {texts.meetings.staff.table}
                      </th>
                      <th scope="col" className="p-2">
                        {texts.meetings.page.participants}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {data.tables.map((table) => {
                      const meeting = slot.meetings.find((m) => m.tableId === table.id)
                      return (
                        <tr key={table.id}>
                          <th scope="row" className="p-2 text-left font-semibold">
                            {table.name}
                          </th>
                          <td className="p-2" translate="no">
                            {meeting
                              ? texts.meetings.staff.between({
                                  one: `${meeting.requester.person} (${meeting.requester.organisation})`,
                                  other: `${meeting.invitee.person} (${meeting.invitee.organisation})`,
                                })
                              : t.free}
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          ))
      ) : (
        <p className="text-slate-700">{t.empty}</p>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
