import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useRouteError, useSearchParams } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'
import { ProfileView } from '~/components/profile-view'
import { ReasonForm } from '~/components/reason-form'
import { StatusBadge } from '~/components/status-badge'
import { requireStaff } from '~/modules/auth/session.server'
import {
  approveProfile,
  ModerationRuleError,
  rejectProfile,
  requestChanges,
  restore,
  reviewDetails,
  suspend,
} from '~/modules/moderation/moderation.server'
import { commandError, reviewCommandSchema } from '~/modules/moderation/staff-commands'
import { fieldLabels, formatFieldValue } from '~/modules/profiles/field-labels'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Review ${data?.profile.name ?? ''} | EU-Japan Circular Metals` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request)
  const details = await reviewDetails(params.organisationId ?? '')
  if (!details) throw new Response('No such organisation.', { status: 404, statusText: 'Not Found' })
  const { organisation, profile, changesSinceApproval } = details
  return json({
    id: organisation.id,
    status: organisation.status,
    suspended: organisation.suspendedAt !== null,
    suspensionReason: organisation.suspensionReason,
    openReports: organisation.reports.length,
    profile,
    changesSinceApproval,
    labels: await loadTermLabels(),
  })
}

const done = {
  approve: 'approved',
  reject: 'rejected',
  'request-changes': 'changes requested',
  suspend: 'suspended',
  restore: 'restored',
} as const

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const organisationId = params.organisationId ?? ''
  const formData = await request.formData()
  const parsed = reviewCommandSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return json({ error: commandError(formData, parsed.error) }, { status: 400 })
  const command = parsed.data
  try {
    if (command.intent === 'approve') await approveProfile(staff.id, organisationId)
    else if (command.intent === 'reject') await rejectProfile(staff.id, organisationId, command.reason)
    else if (command.intent === 'request-changes')
      await requestChanges(staff.id, organisationId, command.reason)
    else if (command.intent === 'suspend')
      await suspend({ staffId: staff.id, organisationId, reason: command.reason })
    else await restore({ staffId: staff.id, organisationId })
  } catch (error) {
    if (error instanceof ModerationRuleError) {
      return json({ error: { intent: command.intent, message: error.message } }, { status: 409 })
    }
    throw error
  }
  return redirect(`/staff/moderation/${organisationId}?done=${encodeURIComponent(done[command.intent])}`)
}

export default function ReviewPage() {
  const { status, suspended, suspensionReason, openReports, profile, changesSinceApproval, labels } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errorFor = (intent: string) => (actionData?.error.intent === intent ? actionData.error.message : null)
  const reviewable = status === 'submitted' || status === 'approved'
  const [searchParams] = useSearchParams()
  const done = searchParams.get('done')
  return (
    <div className="space-y-6">
      <Link to="/staff/moderation" className="text-sm font-medium text-brand-700 underline">
        ← Review queue
      </Link>
      <div aria-live="polite">
        {done ? (
          <p
            role="status"
            className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
          >
            Done: {done}. The organisation has been told.
          </p>
        ) : null}
        {actionData?.error && !['reject', 'request-changes', 'suspend'].includes(actionData.error.intent) ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            {actionData.error.message}
          </p>
        ) : null}
      </div>
      <header className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">{profile.name}</h1>
        <div className="flex items-center gap-2">
          <StatusBadge status={status} />
          {suspended ? (
            <span className="rounded-full bg-red-100 px-3 py-1 text-sm font-semibold text-red-900">
              Suspended
            </span>
          ) : null}
        </div>
      </header>
      {openReports ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {openReports} open report{openReports === 1 ? '' : 's'} about this organisation.{' '}
          <Link to="/staff/reports" className="underline">
            See reports
          </Link>
        </p>
      ) : null}
      {suspended && suspensionReason ? (
        <p className="text-red-800">Suspended because: {suspensionReason}</p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {changesSinceApproval ? (
            <section
              aria-labelledby="changes-title"
              className="rounded-lg border border-slate-200 bg-white p-4"
            >
              <h2 id="changes-title" className="font-semibold">
                Changed since the last approval
              </h2>
              {changesSinceApproval.length === 0 ? (
                <p className="mt-2 text-sm text-slate-700">Nothing has changed since it was approved.</p>
              ) : (
                <table className="mt-2 w-full text-left text-sm">
                  <thead>
                    <tr>
                      <th scope="col" className="py-1 pr-3">
                        Field
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Approved
                      </th>
                      <th scope="col" className="py-1">
                        Now
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {changesSinceApproval.map((change) => (
                      <tr key={change.field}>
                        <th scope="row" className="py-1 pr-3 font-medium">
                          {fieldLabels[change.field]}
                        </th>
                        <td className="py-1 pr-3 text-slate-600">{formatFieldValue(change.before)}</td>
                        <td className="py-1">{formatFieldValue(change.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ) : null}
          <ProfileView profile={profile} labels={labels} showContact />
        </div>

        <aside aria-label="Decisions" className="space-y-6 rounded-lg border border-slate-200 bg-white p-4">
          {reviewable ? (
            <>
              <Form method="post">
                <input type="hidden" name="intent" value="approve" />
                <button
                  type="submit"
                  className="w-full rounded-md bg-leaf-600 px-4 py-2 font-semibold text-white hover:bg-leaf-700"
                >
                  {status === 'approved' ? 'Approve the changes' : 'Approve'}
                </button>
              </Form>
              {status === 'submitted' ? (
                <ReasonForm
                  intent="request-changes"
                  label="Ask for changes (what to fix)"
                  buttonLabel="Ask for changes"
                  error={errorFor('request-changes')}
                />
              ) : null}
              <ReasonForm
                intent="reject"
                label="Reason for rejecting"
                buttonLabel="Reject"
                tone="danger"
                error={errorFor('reject')}
              />
            </>
          ) : (
            <p className="text-sm text-slate-700">This profile is not waiting for a decision ({status}).</p>
          )}
          {suspended ? (
            <Form method="post">
              <input type="hidden" name="intent" value="restore" />
              <button
                type="submit"
                className="w-full rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100"
              >
                Restore (end the suspension)
              </button>
            </Form>
          ) : (
            <ReasonForm
              intent="suspend"
              label="Reason for suspending"
              buttonLabel="Suspend"
              tone="danger"
              error={errorFor('suspend')}
            />
          )}
        </aside>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
