import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { requireStaff } from '~/modules/auth/session.server'

import { openReports, resolveReport } from '~/modules/moderation/reports.server'
import { resolveReportSchema } from '~/modules/moderation/staff-commands'
import { OrganisationName } from '~/components/organisation-name'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { useClock } from '~/modules/i18n/use-clock'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { refusalData } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.reports.title)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  return json({ reports: await openReports() })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const formData = await readForm(request, context)
  const parsed = resolveReportSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    return json(
      {
        reportId: String(formData.get('reportId') ?? ''),
        error: parsed.error.issues[0]?.message ?? errorMessage('notUnderstood'),
      },
      { status: 400 },
    )
  }
  const { reportId, intent, reason } = parsed.data
  try {
    await resolveReport({ staffId: staff.id, reportId, outcome: intent, note: reason })
  } catch (error) {
    return refusalData(error, { reportId })
  }
  return redirect(`/staff/reports?resolved=${intent === 'suspend' ? 'suspended' : 'dismissed'}`)
}

export default function ReportsPage() {
  const { reports } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const resolved = searchParams.get('resolved')
  const clock = useClock()
  const texts = useT()
  const t = texts.staff.reports
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      <div aria-live="polite">
        {resolved ? (
          <SuccessMessage>
            {resolved === 'suspended' ? t.resolvedSuspended : t.resolvedDismissed}
          </SuccessMessage>
        ) : null}
      </div>
      {reports.length === 0 ? (
        <p className="text-slate-700">{t.none}</p>
      ) : (
        <ul className="space-y-4">
          {reports.map((report) => (
            <li key={report.id} className="rounded-lg border border-slate-200 bg-white p-5">
              <p>
                <Link
                  to={`/staff/moderation/${report.organisation.id}`}
                  className="font-semibold text-brand-700 underline"
                >
                  <OrganisationName {...report.organisation} />
                </Link>
                {report.organisation.suspendedAt ? (
                  <span className="ml-2 text-sm text-red-700">{t.suspended}</span>
                ) : null}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {texts.profiles.reportReasons[report.reason]} · {t.by}{' '}
                <span translate="no">{report.reporter.displayName}</span> · {clock.at(report.createdAt)}
              </p>
              <p className="mt-2 whitespace-pre-line" translate="no">
                {report.comment}
              </p>
              <Form method="post" className="mt-4 space-y-2">
                <input type="hidden" name="reportId" value={report.id} />
                <label htmlFor={`note-${report.id}`} className="block text-sm font-medium">
                  {t.note}
                </label>
                <textarea
                  id={`note-${report.id}`}
                  name="reason"
                  required
                  rows={2}
                  className="block w-full rounded-md border border-slate-300 px-3 py-2"
                />
                {actionData?.reportId === report.id ? (
                  <p className="text-sm text-red-700">{translateMessage(texts, actionData.error)}</p>
                ) : null}
                <div className="flex gap-3">
                  <button
                    type="submit"
                    name="intent"
                    value="dismiss"
                    className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-100"
                  >
                    {t.dismiss}
                  </button>
                  <button
                    type="submit"
                    name="intent"
                    value="suspend"
                    className="rounded-md border border-red-300 px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50"
                  >
                    {t.suspend}
                  </button>
                </div>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
