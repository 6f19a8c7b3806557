import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useRouteError } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'
import { SuccessMessage } from '~/components/success-message'
import { requireStaff } from '~/modules/auth/session.server'
import { attendanceEmails } from '~/modules/events/attendance-file.server'
import {
  eventForStaff,
  eventNumbers,
  parseRegistrationState,
  registrationList,
} from '~/modules/events/event-admin.server'
import { declineSchema } from '~/modules/events/event-fields'
import { eventTitleIn } from '~/modules/events/event-time'
import { readerTimeZone } from '~/modules/events/event-views.server'
import {
  approveRegistration,
  declineRegistration,
  recordAttendance,
  registrationsByEmail,
} from '~/modules/events/registrations.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { dateTimeIn } from '~/modules/introductions/meeting-time'
import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { readForm, readUpload } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'
import { refusalData } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, (t) => t.events.staff.actions.registrations)

const states = ['pending', 'approved', 'waitlisted', 'declined', 'cancelled'] as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const locale = resolveLocale(request, staff.locale)
  const event = await eventForStaff(params.id ?? '').catch(refusalResponse)
  const search = new URL(request.url).searchParams
  const state = parseRegistrationState(search.get('state'))
  const [registrations, numbers, timeZone] = await Promise.all([
    registrationList(event.id, state),
    eventNumbers(event.id),
    readerTimeZone(staff),
  ])
  const done = search.get('done')
  return json({
    event: { id: event.id, title: eventTitleIn(event, locale) },
    state,
    numbers,
    done: done === 'approved' || done === 'declined' ? done : null,
    attended: search.has('attended') ? Number(search.get('attended')) || 0 : null,
    unknown: Number(search.get('unknown')) || 0,
    registrations: registrations.map((r) => ({
      id: r.id,
      status: r.status,
      mode: r.mode,
      answer: r.answer,
      attended: r.attended,
      declineReason: r.declineReason,
      person: r.user.displayName,
      email: r.user.email,
      organisation: organisationNameIn(r.organisation, locale),
      organisationSlug: r.organisation.slug,
      country: r.organisation.country,
      registered: dateTimeIn(r.createdAt, timeZone, locale),
    })),
  })
}

const maxAttendanceFileBytes = 1024 * 1024

export async function action({ request, params, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const event = await eventForStaff(params.id ?? '').catch(refusalResponse)
  const here = `/staff/events/${event.id}/registrations`
  if (request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    const upload = await readUpload(request, context, maxAttendanceFileBytes)
    const file = upload === 'too-large' ? null : upload.get('file')
    if (!(file instanceof File) || file.size === 0)
      return json({ intent: 'import', error: errorMessage('attendanceFileInvalid') }, { status: 400 })
    try {
      const { ids, unknown } = await registrationsByEmail(event.id, attendanceEmails(await file.text()))
      const count = await recordAttendance(staff.id, event.id, ids)
      return redirect(`${here}?attended=${count}&unknown=${unknown.length}`)
    } catch (error) {
      return refusalData(error, { intent: 'import' })
    }
  }
  const form = await readForm(request, context)
  const intent = form.get('intent')
  const registrationId = String(form.get('registrationId') ?? '').slice(0, 40)
  try {
    if (intent === 'approve') {
      await approveRegistration(staff.id, registrationId)
      return redirect(`${here}?done=approved`)
    }
    if (intent === 'decline') {
      const parsed = declineSchema.safeParse(Object.fromEntries(form))
      if (!parsed.success)
        return json(
          { intent: 'decline', registrationId, error: parsed.error.issues[0]!.message },
          { status: 400 },
        )
      await declineRegistration(staff.id, parsed.data.registrationId, parsed.data.reason)
      return redirect(`${here}?done=declined`)
    }
    if (intent === 'attendance') {
      const ids = form.getAll('attended').map((value) => String(value).slice(0, 40))
      const count = await recordAttendance(staff.id, event.id, ids)
      return redirect(`${here}?attended=${count}`)
    }
  } catch (error) {
    return refusalData(error, { intent: String(intent), registrationId })
  }
  throw new Response(errorMessage('notUnderstood'), { status: 400 })
}

export default function EventRegistrationsPage() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const texts = useT()
  const t = texts.events.staff.registrations
  const states_ = texts.events.registrationStates
  const errorFor = (intent: string, registrationId?: string) =>
    actionData &&
    actionData.intent === intent &&
    (!registrationId || ('registrationId' in actionData && actionData.registrationId === registrationId))
      ? translateMessage(texts, actionData.error)
      : null
  const { numbers } = data
  const approvedCount = numbers.byState.approved
  // Attendance is saved for every confirmed participant at once, so only where all of them are listed.
  const attendanceView = approvedCount > 0 && (data.state === null || data.state === 'approved')
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <Link
        to={`/staff/events/${data.event.id}`}
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        {t.back}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">
        {t.title({ event: '' })}
        <span translate="no">{data.event.title}</span>
      </h1>
      {data.done ? (
        <SuccessMessage>{data.done === 'approved' ? t.approved : t.declined}</SuccessMessage>
      ) : null}
      {data.attended !== null ? (
        <SuccessMessage>
          {data.unknown
            ? t.imported({ count: data.attended, unknown: data.unknown })
            : t.attendanceSaved({ count: data.attended })}
        </SuccessMessage>
      ) : null}
      <section aria-labelledby="numbers" className="grid gap-4 sm:grid-cols-3">
        <h2 id="numbers" className="sr-only">
          {t.counts}
        </h2>
        <div className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold">{t.counts}</h3>
          <ul className="text-sm">
            {states.map((state) => (
              <li key={state}>
                {states_[state]}: <strong>{numbers.byState[state]}</strong>
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold">{t.byRegion}</h3>
          <ul className="text-sm">
            {(['eu', 'jp', 'third'] as const).map((region) => (
              <li key={region}>
                {t.regions[region]}: <strong>{numbers.byRegion[region] ?? 0}</strong>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            {t.byCountry}:{' '}
            {numbers.byCountry.map(([country, count]) => `${country} ${count}`).join(', ') || '–'}
          </p>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 text-sm">
          <p>
            {t.newOrganisations}: <strong>{numbers.firstEventOrganisations}</strong>
          </p>
          <p className="mt-2">{t.attendance({ attended: numbers.attended, approved: approvedCount })}</p>
          <a
            href={`/staff/events/${data.event.id}/participants.csv`}
            className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t.exportCsv}
          </a>
        </div>
      </section>
      <nav aria-label={t.filter} className="flex flex-wrap gap-2">
        {[null, ...states].map((state) => (
          <Link
            key={state ?? 'all'}
            to={state ? `?state=${state}` : '?'}
            aria-current={data.state === state ? 'page' : undefined}
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-slate-300 px-3 text-sm aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {state ? `${states_[state]} (${numbers.byState[state]})` : t.all}
          </Link>
        ))}
      </nav>
      {data.registrations.length ? (
        <div className="space-y-3">
          <Form method="post" id="attendance" />
          <div className="relative overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="p-2">
                    {t.columns.person}
                  </th>
                  <th scope="col" className="p-2">
                    {t.columns.organisation}
                  </th>
                  <th scope="col" className="p-2">
                    {t.columns.state}
                  </th>
                  <th scope="col" className="p-2">
                    {t.columns.answer}
                  </th>
                  <th scope="col" className="p-2">
                    {t.columns.attended}
                  </th>
                  <th scope="col" className="p-2">
                    {t.columns.actions}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.registrations.map((r) => (
                  <tr key={r.id} className="align-top">
                    <td className="p-2">
                      <span translate="no" className="font-medium">
                        {r.person}
                      </span>
                      <span className="block text-slate-600" translate="no">
                        {r.email}
                      </span>
                      <span className="block text-slate-600">{r.registered}</span>
                    </td>
                    <td className="p-2">
                      <Link to={`/organisations/${r.organisationSlug}`} className="underline" translate="no">
                        {r.organisation}
                      </Link>{' '}
                      ({r.country})<span className="block text-slate-600">{texts.events.modes[r.mode]}</span>
                    </td>
                    <td className="p-2">
                      {states_[r.status]}
                      {r.declineReason ? (
                        <span className="block text-slate-600">{r.declineReason}</span>
                      ) : null}
                    </td>
                    <td className="max-w-xs p-2 whitespace-pre-line" translate="no">
                      {r.answer}
                    </td>
                    <td className="p-2">
                      {r.status === 'approved' && attendanceView ? (
                        <label className="inline-flex min-h-11 min-w-11 items-center justify-center">
                          <input
                            type="checkbox"
                            name="attended"
                            value={r.id}
                            form="attendance"
                            defaultChecked={r.attended === true}
                            aria-label={`${t.columns.attended}: ${r.person}`}
                            className="h-5 w-5"
                          />
                        </label>
                      ) : null}
                    </td>
                    <td className="space-y-2 p-2">
                      {r.status === 'pending' ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="approve" />
                          <input type="hidden" name="registrationId" value={r.id} />
                          <button
                            type="submit"
                            className="min-h-11 rounded-md bg-emerald-700 px-3 font-semibold text-white"
                          >
                            {t.approve}
                          </button>
                        </Form>
                      ) : null}
                      {r.status === 'pending' || r.status === 'waitlisted' ? (
                        <Form method="post" className="space-y-1">
                          <input type="hidden" name="intent" value="decline" />
                          <input type="hidden" name="registrationId" value={r.id} />
                          <label className="block text-xs font-medium">
                            {t.declineReason}
                            <input
                              name="reason"
                              required
                              minLength={3}
                              maxLength={500}
                              className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
                            />
                          </label>
                          {errorFor('decline', r.id) ? (
                            <p role="alert" className="text-xs text-red-700">
                              {errorFor('decline', r.id)}
                            </p>
                          ) : null}
                          {errorFor('approve', r.id) ? (
                            <p role="alert" className="text-xs text-red-700">
                              {errorFor('approve', r.id)}
                            </p>
                          ) : null}
                          <button
                            type="submit"
                            className="min-h-11 rounded-md border border-red-300 px-3 font-semibold text-red-700"
                          >
                            {t.decline}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {attendanceView ? (
            <>
              <input type="hidden" name="intent" value="attendance" form="attendance" />
              <button
                type="submit"
                form="attendance"
                className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
              >
                {t.saveAttendance}
              </button>
            </>
          ) : null}
        </div>
      ) : (
        <p className="text-slate-700">{t.empty}</p>
      )}
      {approvedCount ? (
        <Form
          method="post"
          encType="multipart/form-data"
          className="space-y-2 rounded-lg border border-slate-200 p-4"
        >
          <label htmlFor="attendance-file" className="block text-sm font-medium">
            {t.importAttendance}
          </label>
          <input
            id="attendance-file"
            type="file"
            name="file"
            accept=".csv,text/csv"
            required
            className="block"
          />
          {errorFor('import') ? (
            <p role="alert" className="text-sm text-red-700">
              {errorFor('import')}
            </p>
          ) : null}
          <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-4 font-semibold">
            {t.import}
          </button>
        </Form>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
