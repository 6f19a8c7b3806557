import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useRouteError, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { ErrorPage } from '~/components/error-page'
import { MeetingTime } from '~/components/introductions/meeting-time'
import { IntentButton, useItemErrors } from '~/components/meetings/intent-button'
import { FormErrors } from '~/components/forms'
import { SuccessMessage } from '~/components/success-message'
import { requireUser } from '~/modules/auth/session.server'
import { readerTimeZone } from '~/modules/events/event-views.server'
import { eventTitleIn } from '~/modules/events/event-time'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { agendaOf, rateMeeting } from '~/modules/meetings/agenda.server'
import { cancelMeeting } from '~/modules/meetings/booking.server'
import { ratingSchema } from '~/modules/meetings/meeting-fields'
import { meetingSetup } from '~/modules/meetings/meeting-plan.server'
import { meetingOutcomes } from '~/modules/meetings/meeting-rules'
import { meetingEventForParticipant } from '~/modules/meetings/participants.server'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'
import { intent } from '~/utils/intents'
import { runIntent } from '~/utils/intents.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.meetings.agenda.title)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const locale = resolveLocale(request, user.locale)
  const { event } = await meetingEventForParticipant(params.slug ?? '', user.id).catch(refusalResponse)
  const [meetings, { plan }] = await Promise.all([
    agendaOf(event.id, user.id, await readerTimeZone(user), locale),
    meetingSetup(event.id),
  ])
  return json({
    event: { slug: event.slug, title: eventTitleIn(event, locale) },
    mode: plan.bookingMode,
    meetings,
  })
}

type Acting = { userId: string }
const intents = {
  rate: intent(ratingSchema, (acting: Acting, form) => rateMeeting({ userId: acting.userId, form })),
  cancel: intent(z.object({ meetingId: z.string().min(1).max(40) }), (acting: Acting, form) =>
    cancelMeeting({ ...form, userId: acting.userId }),
  ),
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const { event } = await meetingEventForParticipant(params.slug ?? '', user.id).catch(refusalResponse)
  const outcome = await runIntent(await readForm(request, context), intents, { userId: user.id })
  if (outcome instanceof Response) return outcome
  return redirect(`/events/${event.slug}/agenda?done=${outcome.done}`)
}

export default function AgendaPage() {
  const data = useLoaderData<typeof loader>()
  const [search] = useSearchParams()
  const texts = useT()
  const t = texts.meetings.agenda
  const done = search.get('done')
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav className="flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
        <Link
          to={`/events/${data.event.slug}`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {texts.meetings.page.eventLink}
        </Link>
        <Link
          to={`/events/${data.event.slug}/meetings`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {t.meetingsLink}
        </Link>
      </nav>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">
          {t.title}: <span translate="no">{data.event.title}</span>
        </h1>
        <p className="text-slate-700">{t.intro}</p>
      </div>
      {done === 'rate' || done === 'cancel' ? <SuccessMessage>{t.done[done]}</SuccessMessage> : null}
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <a
          href={`/events/${data.event.slug}/agenda.ics`}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 font-semibold"
        >
          {t.feed}
        </a>
        <button
          type="button"
          onClick={() => window.print()}
          className="min-h-11 rounded-md border border-slate-300 px-4 font-semibold"
        >
          {t.print}
        </button>
        <p className="w-full text-sm text-slate-600">{t.feedHint}</p>
      </div>
      {data.meetings.length ? (
        <ol className="space-y-3">
          {data.meetings.map((meeting) => (
            <li
              key={meeting.id}
              className="break-inside-avoid space-y-2 rounded-lg border border-slate-200 bg-white p-4"
            >
              <MeetingTime time={meeting.time} />
              <p>
                <span className="text-sm text-slate-600">{t.with}: </span>
                <span className="font-semibold" translate="no">
                  {meeting.person}
                </span>
                {', '}
                <Link to={`/organisations/${meeting.organisationSlug}`} className="underline" translate="no">
                  {meeting.organisation}
                </Link>{' '}
                ({meeting.country})
              </p>
              <p className="text-lg font-semibold">
                {meeting.table ? `${t.table}: ${meeting.table}` : t.noTable}
              </p>
              {meeting.roomUrl ? (
                <a
                  href={meeting.roomUrl}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  {t.room}
                </a>
              ) : null}
              {meeting.message ? (
                <p className="text-sm">
                  <span className="text-slate-600">{t.message}: </span>
                  <span className="whitespace-pre-line" translate="no">
                    {meeting.message}
                  </span>
                </p>
              ) : null}
              {meeting.rating ? (
                <p className="text-sm font-medium">
                  {t.rated({ outcome: texts.meetings.outcomes[meeting.rating as 'informative'] })}
                </p>
              ) : meeting.mayRate ? (
                <RatingForm meetingId={meeting.id} />
              ) : null}
              {meeting.mayCancel ? (
                <div className="print:hidden">
                  <IntentButton
                    intent="cancel"
                    values={{ meetingId: meeting.id }}
                    tone="danger"
                    confirmText={texts.meetings.page.confirmCallOff}
                  >
                    {texts.meetings.page.callOff}
                  </IntentButton>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <div className="rounded-md border border-dashed border-slate-300 p-4 text-slate-700">
          <p className="font-medium">{t.empty}</p>
          <p>{data.mode === 'participants' ? t.emptyParticipants : t.emptyOrganiser}</p>
        </div>
      )}
    </div>
  )
}

function RatingForm({ meetingId }: { meetingId: string }) {
  const texts = useT()
  const t = texts.meetings.agenda
  const errors = useItemErrors('rate', { meetingId })
  return (
    <Form method="post" className="space-y-2 print:hidden">
      <input type="hidden" name="intent" value="rate" />
      <input type="hidden" name="meetingId" value={meetingId} />
      <fieldset>
        <legend className="text-sm font-semibold">{t.rate}</legend>
        <p className="text-sm text-slate-600">{t.rateHint}</p>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {meetingOutcomes.map((outcome) => (
            <label key={outcome} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="outcome" value={outcome} required className="h-5 w-5" />
              {texts.meetings.outcomes[outcome]}
            </label>
          ))}
        </div>
      </fieldset>
      <FormErrors id={`rate-errors-${meetingId}`} errors={errors} />
      <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white">
        {t.saveRating}
      </button>
    </Form>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
