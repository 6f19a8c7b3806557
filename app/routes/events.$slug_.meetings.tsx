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
import { AvailabilityForm, ParticipantCard, RequestList } from '~/components/meetings/participant-sections'
import { Pager } from '~/components/pager'
import { SuccessMessage } from '~/components/success-message'
import { requireUser } from '~/modules/auth/session.server'
import { readerTimeZone } from '~/modules/events/event-views.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import {
  acceptMeeting,
  cancelMeeting,
  declineMeeting,
  requestMeeting,
  setUnavailableSlots,
} from '~/modules/meetings/booking.server'
import { availabilitySchema, meetingRequestSchema, wishSchema } from '~/modules/meetings/meeting-fields'
import { meetingsPageData } from '~/modules/meetings/meetings-page.server'
import { meetingEventForParticipant, parseParticipantFilters } from '~/modules/meetings/participants.server'
import { setWish } from '~/modules/meetings/schedule.server'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'
import { intent } from '~/utils/intents'
import { runIntent } from '~/utils/intents.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.meetings.page.title)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const locale = resolveLocale(request, user.locale)
  const { event, me } = await meetingEventForParticipant(params.slug ?? '', user.id).catch(refusalResponse)
  const search = new URL(request.url).searchParams
  const data = await meetingsPageData({
    event,
    me,
    filters: parseParticipantFilters(search),
    page: Number(search.get('page')) || 1,
    timeZone: await readerTimeZone(user),
    locale,
  })
  return json({ ...data, filters: parseParticipantFilters(search) })
}

type Acting = { eventId: string; userId: string }
const meetingId = z.object({ meetingId: z.string().min(1).max(40) })

const intents = {
  request: intent(meetingRequestSchema, (acting: Acting, form) =>
    requestMeeting({ eventId: acting.eventId, requesterId: acting.userId, form }),
  ),
  accept: intent(meetingId, (acting: Acting, form) => acceptMeeting({ ...form, userId: acting.userId })),
  decline: intent(meetingId, (acting: Acting, form) => declineMeeting({ ...form, userId: acting.userId })),
  cancel: intent(meetingId, (acting: Acting, form) => cancelMeeting({ ...form, userId: acting.userId })),
  availability: intent(availabilitySchema, (acting: Acting, form) =>
    setUnavailableSlots({ ...acting, slotIds: form.unavailable }),
  ),
  wish: intent(wishSchema, (acting: Acting, form) => setWish({ ...acting, form })),
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const { event } = await meetingEventForParticipant(params.slug ?? '', user.id).catch(refusalResponse)
  const outcome = await runIntent(await readForm(request, context), intents, {
    eventId: event.id,
    userId: user.id,
  })
  if (outcome instanceof Response) return outcome
  const back = new URL(request.url)
  back.searchParams.set('done', outcome.done)
  return redirect(`${back.pathname}${back.search}`)
}

export default function MeetingsPage() {
  const data = useLoaderData<typeof loader>()
  const [search] = useSearchParams()
  const texts = useT()
  const t = texts.meetings.page
  const done = search.get('done')
  const doneText = done && done in t.done ? t.done[done as keyof typeof t.done] : null
  const hrefFor = (page: number) => {
    const next = new URLSearchParams(search)
    next.delete('done')
    next.set('page', String(page))
    return `?${next.toString()}`
  }
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div className="space-y-2">
        <nav className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link
            to={`/events/${data.event.slug}`}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t.eventLink}
          </Link>
          <Link
            to={`/events/${data.event.slug}/agenda`}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t.agendaLink}
          </Link>
        </nav>
        <h1 className="text-2xl font-bold tracking-tight">
          {t.title}: <span translate="no">{data.event.title}</span>
        </h1>
        <p className="text-slate-700">
          {data.mode === 'participants' ? t.introParticipants : t.introOrganiser}
        </p>
        {data.mode === 'participants' ? (
          <p className="text-sm font-medium text-slate-800">
            {data.open ? (data.closesAt ? t.closesAt({ time: data.closesAt }) : null) : t.closed}
          </p>
        ) : data.published ? (
          <p className="text-sm font-medium text-slate-800">{t.schedulePublished}</p>
        ) : data.wishesClosed ? (
          <p className="text-sm font-medium text-slate-800">{t.wishesClosed}</p>
        ) : null}
      </div>
      {doneText ? <SuccessMessage>{doneText}</SuccessMessage> : null}
      {data.mode === 'participants' ? (
        <>
          <RequestList title={t.incoming} empty={t.incomingEmpty} requests={data.incoming} side="invitee" />
          <RequestList title={t.outgoing} empty={t.outgoingEmpty} requests={data.outgoing} side="requester" />
        </>
      ) : null}
      {data.availability.length ? <AvailabilityForm blocks={data.availability} /> : null}
      <section aria-labelledby="participants" className="space-y-4">
        <div>
          <h2 id="participants" className="text-xl font-semibold">
            {t.participants} ({data.total})
          </h2>
          <p className="text-sm text-slate-700">{t.participantsIntro}</p>
        </div>
        <Form method="get" className="flex flex-wrap items-end gap-3" aria-label={t.filters}>
          <label className="text-sm font-medium">
            {t.search}
            <input
              name="q"
              defaultValue={data.filters.q}
              maxLength={100}
              className="mt-1 block min-h-11 rounded-md border border-slate-300 px-3"
            />
          </label>
          <label className="text-sm font-medium">
            {t.region}
            <select
              name="region"
              defaultValue={data.filters.region ?? ''}
              className="mt-1 block min-h-11 rounded-md border border-slate-300 px-3"
            >
              <option value="">{t.anyRegion}</option>
              {(['eu', 'jp', 'third'] as const).map((region) => (
                <option key={region} value={region}>
                  {texts.meetings.regions[region]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white">
            {t.apply}
          </button>
          {data.filters.q || data.filters.region ? (
            <Link to="?" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
              {t.clear}
            </Link>
          ) : null}
        </Form>
        {data.participants.length ? (
          <ul className="space-y-4">
            {data.participants.map((participant) => (
              <ParticipantCard
                key={participant.userId}
                participant={participant}
                mode={data.mode}
                open={data.open}
                wishesOpen={!data.wishesClosed}
              />
            ))}
          </ul>
        ) : (
          <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-700">
            {t.participantsEmpty}
          </p>
        )}
        <Pager page={data.page} pageCount={data.pageCount} hrefFor={hrefFor} />
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
