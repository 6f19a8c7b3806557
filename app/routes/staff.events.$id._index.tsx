import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useRouteError } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'
import { EventForm } from '~/components/events/event-form'
import { EventPhaseBadge } from '~/components/events/event-card'
import { SuccessMessage } from '~/components/success-message'
import { requireStaff } from '~/modules/auth/session.server'
import { eventForStaff } from '~/modules/events/event-admin.server'
import { eventInputSchema } from '~/modules/events/event-fields'
import { eventFormValues } from '~/modules/events/event-form-values'
import { mayMoveEvent, phaseOf } from '~/modules/events/event-status'
import { eventTitleIn } from '~/modules/events/event-time'
import { eventTopicOptions } from '~/modules/events/event-topics.server'
import { cancelEvent, publishEvent, updateEvent } from '~/modules/events/events.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'
import { refusalData, refusalReply } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.events.staff.form.editTitle)

const notices = ['saved', 'published', 'cancelled'] as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const locale = resolveLocale(request, staff.locale)
  const event = await eventForStaff(params.id ?? '').catch(refusalResponse)
  const done = new URL(request.url).searchParams.get('done')
  return json({
    id: event.id,
    slug: event.slug,
    brokerage: event.kind === 'brokerage',
    title: eventTitleIn(event, locale),
    phase: phaseOf(event, new Date()),
    mayPublish: mayMoveEvent('publish', event.status),
    mayCancel: mayMoveEvent('cancel', event.status),
    mayEdit: mayMoveEvent('edit', event.status),
    values: eventFormValues(event),
    topics: await eventTopicOptions(locale, event),
    done: (notices as readonly string[]).includes(done ?? '') ? (done as (typeof notices)[number]) : null,
  })
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const eventId = params.id ?? ''
  const form = await readForm(request, context)
  const intent = form.get('intent')
  const done = (notice: (typeof notices)[number]) => redirect(`/staff/events/${eventId}?done=${notice}`)
  if (intent === 'publish' || intent === 'cancel') {
    try {
      if (intent === 'publish') await publishEvent(staff.id, eventId)
      else await cancelEvent(staff.id, eventId, String(form.get('reason') ?? '').slice(0, 500))
    } catch (error) {
      return refusalData(error, { intent })
    }
    return done(intent === 'publish' ? 'published' : 'cancelled')
  }
  if (intent !== 'save') throw new Response(errorMessage('notUnderstood'), { status: 400 })
  const submission = parseWithZod(form, { schema: eventInputSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  try {
    await updateEvent(staff.id, eventId, submission.value)
  } catch (error) {
    return refusalReply(submission, error)
  }
  return done('saved')
}

export default function StaffEventPage() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const texts = useT()
  const t = texts.events.staff
  const stateError =
    actionData && 'intent' in actionData && typeof actionData.error === 'string' ? actionData.error : null
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link
        to="/staff/events"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        {t.form.back}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold tracking-tight" translate="no">
          {data.title}
        </h1>
        <EventPhaseBadge phase={data.phase} />
      </div>
      {data.done ? (
        <SuccessMessage>
          {data.done === 'saved'
            ? t.form.saved
            : data.done === 'published'
              ? t.actions.published
              : t.actions.cancelled}
        </SuccessMessage>
      ) : null}
      {stateError ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {translateMessage(texts, stateError)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Link
          to={`/events/${data.slug}`}
          className="inline-flex min-h-11 min-w-11 items-center justify-center font-medium text-brand-700 underline"
        >
          {t.actions.view}
        </Link>
        <Link
          to={`/staff/events/${data.id}/registrations`}
          className="inline-flex min-h-11 min-w-11 items-center justify-center font-medium text-brand-700 underline"
        >
          {t.actions.registrations}
        </Link>
        {data.brokerage ? (
          <Link
            to={`/staff/events/${data.id}/meetings`}
            className="inline-flex min-h-11 min-w-11 items-center justify-center font-medium text-brand-700 underline"
          >
            {texts.meetings.staff.title}
          </Link>
        ) : null}
        {data.mayPublish ? (
          <Form method="post">
            <input type="hidden" name="intent" value="publish" />
            <button
              type="submit"
              className="min-h-11 rounded-md bg-emerald-700 px-4 py-2 font-semibold text-white hover:bg-emerald-800"
            >
              {t.actions.publish}
            </button>
          </Form>
        ) : null}
      </div>
      {data.mayEdit ? (
        <EventForm
          key={JSON.stringify(data.values)}
          lastResult={actionData && !('intent' in actionData) ? actionData : undefined}
          defaultValue={data.values}
          topics={data.topics}
          submitLabel={t.form.save}
        />
      ) : null}
      {data.mayCancel ? (
        <Form
          method="post"
          className="space-y-3 rounded-lg border border-red-200 p-4"
          onSubmit={(event) => {
            if (!confirm(t.actions.confirmCancel)) event.preventDefault()
          }}
        >
          <input type="hidden" name="intent" value="cancel" />
          <label className="block space-y-1 text-sm font-medium text-slate-800">
            <span>{t.actions.cancelReason}</span>
            <input
              name="reason"
              maxLength={500}
              className="block w-full rounded-md border border-slate-300 px-3 py-2"
            />
          </label>
          <button
            type="submit"
            className="min-h-11 rounded-md border border-red-300 px-4 py-2 font-semibold text-red-700 hover:bg-red-50"
          >
            {t.actions.cancel}
          </button>
        </Form>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
