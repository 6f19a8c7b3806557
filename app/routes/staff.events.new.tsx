import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { EventForm } from '~/components/events/event-form'
import { requireStaff } from '~/modules/auth/session.server'
import { eventInputSchema } from '~/modules/events/event-fields'
import { eventTopicOptions } from '~/modules/events/event-topics.server'
import { createEvent } from '~/modules/events/events.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { readForm } from '~/modules/security/form-data.server'
import { refusalReply } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.events.staff.form.newTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  return json({ topics: await eventTopicOptions(resolveLocale(request, staff.locale)) })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const submission = parseWithZod(await readForm(request, context), { schema: eventInputSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  try {
    const { id } = await createEvent(staff.id, submission.value)
    return redirect(`/staff/events/${id}?done=saved`)
  } catch (error) {
    return refusalReply(submission, error)
  }
}

export default function NewEventPage() {
  const { topics } = useLoaderData<typeof loader>()
  const t = useT().events.staff.form
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link
        to="/staff/events"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        {t.back}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">{t.newTitle}</h1>
      <EventForm
        lastResult={useActionData<typeof action>()}
        defaultValue={{ timeZone: 'Europe/Brussels', kind: 'webinar', format: 'online' }}
        topics={topics}
        submitLabel={t.create}
      />
    </div>
  )
}
