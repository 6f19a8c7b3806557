import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useRouteError } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'
import { EventPhaseBadge } from '~/components/events/event-card'
import { RegistrationForm, OwnRegistrations } from '~/components/events/registration-section'
import { FormErrors } from '~/components/forms'
import { SuccessMessage } from '~/components/success-message'
import { useNonce } from '~/components/nonce'
import { getOptionalUser, requireUser } from '~/modules/auth/session.server'
import { registrationSchema } from '~/modules/events/event-fields'
import { eventPageData } from '~/modules/events/event-page.server'
import { eventForReader } from '~/modules/events/event-views.server'
import { cancelRegistration, register } from '~/modules/events/registrations.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { metaMessages } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { readForm } from '~/modules/security/form-data.server'
import { getEnv } from '~/utils/env.server'
import { refusalData, refusalResult } from '~/utils/refusals.server'
import { refusalResponse } from '~/utils/domain-error'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaMessages(matches)
  if (!data) return [{ title: t.common.pageTitle({ page: t.events.list.title }) }]
  const { event } = data
  const summary = `${t.events.page.meta({ kind: t.events.kinds[event.kind], when: event.time.centre })}. ${event.description}`
  const description = summary.length > 200 ? `${summary.slice(0, 197)}…` : summary
  return [
    { title: t.common.pageTitle({ page: event.title }) },
    { name: 'description', content: description },
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: event.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: data.url },
    { tagName: 'link', rel: 'canonical', href: data.url },
  ]
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const locale = resolveLocale(request, user?.locale)
  try {
    const page = await eventPageData(params.slug ?? '', user, locale)
    const done = new URL(request.url).searchParams.get('done')
    return json({
      ...page,
      url: new URL(`/events/${page.event.slug}`, getEnv().APP_ORIGIN).toString(),
      done: done === 'registered' || done === 'cancelled' ? done : null,
    })
  } catch (error) {
    return refusalResponse(error)
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const { event } = await eventForReader(params.slug ?? '', user).catch(refusalResponse)
  const form = await readForm(request, context)
  const intent = form.get('intent')
  const back = (done: 'registered' | 'cancelled') =>
    redirect(`/events/${event.slug}?done=${done}#registration`)
  if (intent === 'cancel') {
    const registrationId = String(form.get('registrationId') ?? '').slice(0, 40)
    try {
      await cancelRegistration({ registrationId, actorId: user.id })
    } catch (error) {
      return refusalData(error, { intent: 'cancel' as const, result: undefined })
    }
    return back('cancelled')
  }
  if (intent !== 'register') throw new Response(errorMessage('notUnderstood'), { status: 400 })
  const submission = parseWithZod(form, { schema: registrationSchema })
  if (submission.status !== 'success')
    return json({ intent: 'register' as const, result: submission.reply(), error: null }, { status: 400 })
  try {
    await register({ eventId: event.id, actorId: user.id, ...submission.value })
  } catch (error) {
    const { result, status } = refusalResult(submission, error)
    return json({ intent: 'register' as const, result, error: null }, { status })
  }
  return back('registered')
}

function StructuredData() {
  const { event, url } = useLoaderData<typeof loader>()
  const nonce = useNonce()
  const online = { '@type': 'VirtualLocation', url }
  const place = { '@type': 'Place', name: event.venue ?? event.city, address: event.city }
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.titleEn,
    description: event.description,
    startDate: event.startsAtIso,
    endDate: event.endsAtIso,
    url,
    eventStatus:
      event.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: {
      online: 'https://schema.org/OnlineEventAttendanceMode',
      in_person: 'https://schema.org/OfflineEventAttendanceMode',
      hybrid: 'https://schema.org/MixedEventAttendanceMode',
    }[event.format],
    location: event.format === 'online' ? online : event.format === 'in_person' ? place : [online, place],
    organizer: {
      '@type': 'Organization',
      name: 'EU-Japan Centre for Industrial Cooperation',
      url: 'https://www.eu-japan.eu',
    },
  }
  // "<" escaped so that no text in the event can end the script element.
  const text = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: text }} />
}

export default function EventPage() {
  const data = useLoaderData<typeof loader>()
  const { event } = data
  const texts = useT()
  const t = texts.events
  const done = data.done
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <StructuredData />
      <Link
        to="/events"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        {t.page.back}
      </Link>
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-brand-700">
          {t.kinds[event.kind]}
          {event.phase !== 'upcoming' ? <EventPhaseBadge phase={event.phase} /> : null}
        </p>
        <h1 className="text-2xl font-bold tracking-tight" translate="no">
          {event.title}
        </h1>
        {event.phase === 'cancelled' ? (
          <p role="status" className="rounded-md bg-red-50 p-3 font-medium text-red-900">
            {t.page.cancelledNotice}
          </p>
        ) : null}
        {data.staff ? (
          <Link
            to={`/staff/events/${event.id}`}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t.page.manage}
          </Link>
        ) : null}
      </header>
      {done ? (
        <SuccessMessage>{done === 'registered' ? t.page.registered : t.page.cancelled}</SuccessMessage>
      ) : null}
      <dl className="grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t.page.when}</dt>
          <dd>
            <time dateTime={event.time.startsAtIso}>{event.time.local}</time>
            <p className="text-sm text-slate-600">{event.time.centre}</p>
            <a
              href={`/events/${event.slug}/calendar.ics`}
              className="mt-1 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
            >
              {t.page.calendar}
            </a>
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t.page.where}</dt>
          <dd className="space-y-1">
            {event.format !== 'online' ? (
              <p translate="no">{[event.venue, event.city].filter(Boolean).join(', ')}</p>
            ) : null}
            {event.format !== 'in_person' ? (
              event.meetingUrl ? (
                <a
                  href={event.meetingUrl}
                  rel="noopener noreferrer"
                  className="font-medium text-brand-700 underline"
                >
                  {t.page.join}
                </a>
              ) : (
                <p>
                  {t.page.online}
                  {event.linkHidden ? (
                    <span className="block text-sm text-slate-600">{t.page.linkHidden}</span>
                  ) : null}
                </p>
              )
            ) : null}
          </dd>
        </div>
      </dl>
      <p className="whitespace-pre-line text-slate-800" translate="no">
        {event.description}
      </p>
      {event.agenda.length ? (
        <section aria-labelledby="agenda" className="space-y-3">
          <h2 id="agenda" className="text-xl font-semibold">
            {t.page.agenda}
          </h2>
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {event.agenda.map((item) => (
              <li key={`${item.startsAtIso}-${item.title}`} className="p-3">
                <p className="text-sm text-slate-600">
                  <time dateTime={item.startsAtIso}>{item.time}</time>
                </p>
                <p className="font-medium" translate="no">
                  {item.title}
                </p>
                {item.speakers ? (
                  <p className="text-sm text-slate-700">
                    {t.page.speakers}: <span translate="no">{item.speakers}</span>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {event.topics.length || event.markets.length ? (
        <dl className="space-y-2">
          {event.topics.length ? (
            <div>
              <dt className="text-sm font-semibold text-slate-600">{t.page.topics}</dt>
              <dd>{event.topics.join(' · ')}</dd>
            </div>
          ) : null}
          {event.markets.length ? (
            <div>
              <dt className="text-sm font-semibold text-slate-600">{t.page.markets}</dt>
              <dd>{event.markets.join(' · ')}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {data.meetings ? (
        <section
          aria-labelledby="meetings"
          className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4"
        >
          <h2 id="meetings" className="text-xl font-semibold">
            {texts.meetings.page.title}
          </h2>
          <div className="flex flex-wrap gap-4">
            <Link
              to={`/events/${event.slug}/meetings`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
            >
              {texts.meetings.page.title}
            </Link>
            <Link
              to={`/events/${event.slug}/agenda`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
            >
              {texts.meetings.page.agendaLink}
            </Link>
          </div>
        </section>
      ) : null}
      <RegistrationSection />
      {data.participants ? (
        <section aria-labelledby="participants" className="space-y-2">
          <h2 id="participants" className="text-xl font-semibold">
            {t.page.participants}
          </h2>
          {data.participants.length ? (
            <ul className="grid gap-1 sm:grid-cols-2">
              {data.participants.map((organisation) => (
                <li key={organisation.slug} translate="no">
                  {organisation.name} <span className="text-sm text-slate-600">({organisation.country})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t.page.noParticipants}</p>
          )}
        </section>
      ) : null}
      {event.contacts.length ? (
        <section aria-labelledby="contacts" className="space-y-2">
          <h2 id="contacts" className="text-xl font-semibold">
            {t.page.contacts}
          </h2>
          <ul>
            {event.contacts.map((contact) => (
              <li key={contact.email} translate="no">
                {contact.name}:{' '}
                <a href={`mailto:${contact.email}`} className="text-brand-700 underline">
                  {contact.email}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}

function RegistrationSection() {
  const data = useLoaderData<typeof loader>()
  const { event, registration } = data
  const texts = useT().events
  const t = texts.page
  const pending = useNavigation().state === 'submitting'
  const actionData = useActionData<typeof action>()
  const registerResult = actionData?.intent === 'register' ? actionData.result : undefined
  const [form, fields] = useForm({
    id: 'register',
    lastResult: registerResult,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registrationSchema }),
  })
  if (event.phase === 'draft') return null
  return (
    <section
      aria-labelledby="registration"
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h2 id="registration" className="text-xl font-semibold">
        {t.register}
      </h2>
      {event.free !== null && event.phase === 'upcoming' ? (
        <p className="text-slate-700">
          {event.free > 0 ? t.capacity({ free: event.free, total: event.capacity! }) : t.full}
        </p>
      ) : null}
      {event.opens ? <p className="text-slate-700">{t.registrationOpens({ when: event.opens })}</p> : null}
      {event.closes && registration.state === 'open' ? (
        <p className="text-slate-700">{t.registrationCloses({ when: event.closes })}</p>
      ) : null}
      <OwnRegistrations
        registrations={data.ownRegistrations}
        error={actionData?.intent === 'cancel' ? actionData.error : null}
      />
      {registration.state === 'visitor' ? (
        <p>
          <Link
            to={`/login?redirectTo=/events/${event.slug}`}
            className="font-medium text-brand-700 underline"
          >
            {t.logInToRegister}
          </Link>{' '}
          <Link to="/signup" className="text-brand-700 underline">
            {t.signUpToRegister}
          </Link>
        </p>
      ) : registration.state === 'noOrganisation' && data.staff ? (
        <p>
          <Link
            to={`/staff/events/${event.id}/registrations`}
            className="font-medium text-brand-700 underline"
          >
            {texts.staff.actions.registrations}
          </Link>
        </p>
      ) : registration.state === 'noOrganisation' ? (
        <p>
          <Link to="/organisation/new" className="font-medium text-brand-700 underline">
            {t.needsOrganisation}
          </Link>
        </p>
      ) : registration.state === 'notApproved' ? (
        <p className="text-slate-700">{t.needsApproval}</p>
      ) : registration.state === 'closed' ? (
        event.phase === 'upcoming' && !event.opens ? (
          <p className="text-slate-700">{t.closed}</p>
        ) : null
      ) : registration.colleagues.length ? (
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="register" />
          <FormErrors id={form.errorId} errors={form.errors} />
          {event.needsApproval ? <p className="text-sm text-slate-700">{t.approvalNote}</p> : null}
          <RegistrationForm
            fields={fields}
            colleagues={registration.colleagues}
            askMode={registration.askMode}
            question={registration.question}
          />
          <div className="max-w-xs">
            <button
              type="submit"
              aria-disabled={pending || undefined}
              className="inline-flex min-h-11 w-full justify-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
            >
              {pending ? t.submitting : t.submit}
            </button>
          </div>
        </Form>
      ) : null}
    </section>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
