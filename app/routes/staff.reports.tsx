import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { requireStaff } from '~/modules/auth/session.server'
import { ModerationRuleError } from '~/modules/moderation/moderation.server'
import { reportReasonLabels } from '~/modules/moderation/report-reasons'
import { openReports, resolveReport } from '~/modules/moderation/reports.server'
import { resolveReportSchema } from '~/modules/moderation/staff-commands'
import { formatDateTimeUtc } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Reports | EU-Japan Circular Metals' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  return json({ reports: await openReports() })
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const formData = await request.formData()
  const parsed = resolveReportSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    return json(
      {
        reportId: String(formData.get('reportId') ?? ''),
        error: parsed.error.issues[0]?.message ?? 'Invalid request.',
      },
      { status: 400 },
    )
  }
  const { reportId, intent, reason } = parsed.data
  try {
    await resolveReport({ staffId: staff.id, reportId, outcome: intent, note: reason })
  } catch (error) {
    if (error instanceof ModerationRuleError) return json({ reportId, error: error.message }, { status: 409 })
    throw error
  }
  return redirect(`/staff/reports?resolved=${intent === 'suspend' ? 'suspended' : 'dismissed'}`)
}

export default function ReportsPage() {
  const { reports } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const resolved = searchParams.get('resolved')
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Reports</h1>
      <div aria-live="polite">
        {resolved ? (
          <p
            role="status"
            className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
          >
            Report resolved: {resolved === 'suspended' ? 'the organisation is suspended.' : 'dismissed.'}
          </p>
        ) : null}
      </div>
      {reports.length === 0 ? (
        <p className="text-slate-700">No open reports.</p>
      ) : (
        <ul className="space-y-4">
          {reports.map((report) => (
            <li key={report.id} className="rounded-lg border border-slate-200 bg-white p-5">
              <p>
                <Link
                  to={`/staff/moderation/${report.organisation.id}`}
                  className="font-semibold text-brand-700 underline"
                >
                  {report.organisation.name}
                </Link>
                {report.organisation.suspendedAt ? (
                  <span className="ml-2 text-sm text-red-700">(suspended)</span>
                ) : null}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {reportReasonLabels[report.reason]} · by {report.reporter.displayName} ·{' '}
                {formatDateTimeUtc(report.createdAt)}
              </p>
              <p className="mt-2 whitespace-pre-line">{report.comment}</p>
              <Form method="post" className="mt-4 space-y-2">
                <input type="hidden" name="reportId" value={report.id} />
                <label htmlFor={`note-${report.id}`} className="block text-sm font-medium">
                  Resolution note (shown to the organisation if you suspend it)
                </label>
                <textarea
                  id={`note-${report.id}`}
                  name="reason"
                  required
                  rows={2}
                  className="block w-full rounded-md border border-slate-300 px-3 py-2"
                />
                {actionData?.reportId === report.id ? (
                  <p className="text-sm text-red-700">{actionData.error}</p>
                ) : null}
                <div className="flex gap-3">
                  <button
                    type="submit"
                    name="intent"
                    value="dismiss"
                    className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-100"
                  >
                    Dismiss
                  </button>
                  <button
                    type="submit"
                    name="intent"
                    value="suspend"
                    className="rounded-md border border-red-300 px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50"
                  >
                    Suspend the organisation
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
