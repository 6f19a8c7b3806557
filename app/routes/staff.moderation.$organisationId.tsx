import { organisationNameIn } from '~/modules/profiles/organisation-names'
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
  ChangedSinceReviewError,
  changesSinceVersion,
  rejectProfile,
  requestChanges,
  restore,
  reviewDetails,
  suspend,
} from '~/modules/moderation/moderation.server'
import { commandError, reviewCommandSchema } from '~/modules/moderation/staff-commands'
import { formatFieldValue } from '~/modules/profiles/field-labels'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { metaLocale, metaMessages } from '~/modules/i18n/page-title'
import type { Messages } from '~/modules/i18n/messages'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import type { TermLabels } from '~/modules/taxonomy/term-labels'
import { OrganisationHeading } from '~/components/organisation-name'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { movesFrom } from '~/modules/profiles/profile-status'
import { refusalData } from '~/utils/refusals.server'
import { listProfileFiles, removeProfileFileByStaff } from '~/modules/files/files.server'
import { ProfileFilesReview } from '~/components/files/profile-files-review'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaMessages(matches)
  const name = data ? organisationNameIn(data.profile, metaLocale(matches)) : ''
  return [{ title: t.common.pageTitle({ page: `${t.staff.review.title}: ${name}` }) }]
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const details = await reviewDetails(params.organisationId ?? '')
  if (!details)
    throw new Response(errorMessage('noSuchOrganisation'), { status: 404, statusText: 'Not Found' })
  const { organisation, profile, changesSinceApproval } = details
  return json({
    id: organisation.id,
    version: organisation.version,
    status: organisation.status,
    suspended: organisation.suspendedAt !== null,
    suspensionReason: organisation.suspensionReason,
    openReports: organisation.reports.length,
    profile,
    changesSinceApproval,
    files: await listProfileFiles(organisation.id),
    labels: await loadTermLabels(resolveLocale(request, staff.locale)),
  })
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const organisationId = params.organisationId ?? ''
  const formData = await readForm(request, context)
  const parsed = reviewCommandSchema.safeParse(Object.fromEntries(formData))
  // Several remove forms share one intent: the file says which of them the answer is for.
  const fileId = String(formData.get('fileId') ?? '')
  if (!parsed.success) {
    const { intent, message } = commandError(formData, parsed.error)
    return json({ intent, error: message, changes: null, fileId }, { status: 400 })
  }
  const command = parsed.data
  try {
    if (command.intent === 'approve') await approveProfile(staff.id, organisationId, command.version)
    else if (command.intent === 'reject')
      await rejectProfile(staff.id, organisationId, command.reason, command.version)
    else if (command.intent === 'request-changes')
      await requestChanges(staff.id, organisationId, command.reason, command.version)
    else if (command.intent === 'suspend')
      await suspend({ staffId: staff.id, organisationId, reason: command.reason })
    else if (command.intent === 'remove-file')
      await removeProfileFileByStaff({
        staffId: staff.id,
        organisationId,
        fileId: command.fileId,
        reason: command.reason,
      })
    else await restore({ staffId: staff.id, organisationId })
  } catch (error) {
    if (error instanceof ChangedSinceReviewError) {
      const changes = await changesSinceVersion(organisationId, error.reviewedVersion)
      return json({ intent: 'changed', error: error.message, changes, fileId }, { status: error.status })
    }
    return refusalData(error, { intent: command.intent, changes: null, fileId })
  }
  return redirect(`/staff/moderation/${organisationId}?done=${command.intent}`)
}

type FieldChange = { field: keyof Messages['profiles']['fields']; before: unknown; after: unknown }

function ChangesTable({
  changes,
  beforeLabel,
  labels,
}: {
  changes: FieldChange[]
  beforeLabel: string
  labels: TermLabels
}) {
  const texts = useT()
  const reader = { t: texts, labels, locale: useLocale() }
  const t = texts.staff.review
  return (
    <table className="mt-2 w-full text-left text-sm">
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-3">
            {t.field}
          </th>
          <th scope="col" className="py-1 pr-3">
            {beforeLabel}
          </th>
          <th scope="col" className="py-1">
            {t.now}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row" className="py-1 pr-3 font-medium">
              {texts.profiles.fields[change.field]}
            </th>
            <td className="py-1 pr-3 text-slate-600" translate="no">
              {formatFieldValue(change.field, change.before, reader)}
            </td>
            <td className="py-1" translate="no">
              {formatFieldValue(change.field, change.after, reader)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export default function ReviewPage() {
  const {
    version,
    status,
    suspended,
    suspensionReason,
    openReports,
    profile,
    changesSinceApproval,
    files,
    labels,
  } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errorFor = (intent: string) => (actionData?.intent === intent ? actionData.error : null)
  // A refusal for a file no longer listed (removed meanwhile) has no form to sit under: it goes on top.
  const fileFormShown = files.some((file) => file.id === actionData?.fileId)
  const may = movesFrom(status)
  const reviewable = may.approve
  const [searchParams] = useSearchParams()
  const texts = useT()
  const t = texts.staff.review
  const doneKey = searchParams.get('done')
  const done = doneKey && doneKey in t.done ? t.done[doneKey as keyof typeof t.done] : null
  return (
    <div className="space-y-6">
      <Link
        to="/staff/moderation"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        {t.back}
      </Link>
      <div aria-live="polite">
        {done ? <SuccessMessage>{done}</SuccessMessage> : null}
        {actionData?.error &&
        !['reject', 'request-changes', 'suspend'].includes(actionData.intent) &&
        !(actionData.intent === 'remove-file' && fileFormShown) ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            {translateMessage(texts, actionData.error)}
          </p>
        ) : null}
        {actionData?.changes?.length ? (
          <section
            aria-labelledby="changed-title"
            className="mt-3 rounded-lg border border-amber-300 bg-white p-4"
          >
            <h2 id="changed-title" className="font-semibold">
              {t.changedSinceOpened}
            </h2>
            <ChangesTable changes={actionData.changes} beforeLabel={t.whenOpened} labels={labels} />
          </section>
        ) : null}
      </div>
      <OrganisationHeading {...profile}>
        <div className="flex items-center gap-2">
          <StatusBadge status={status} />
          {suspended ? (
            <span className="rounded-full bg-red-100 px-3 py-1 text-sm font-semibold text-red-900">
              {t.suspended}
            </span>
          ) : null}
        </div>
      </OrganisationHeading>
      {openReports ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {t.openReports({ count: openReports })}{' '}
          <Link to="/staff/reports" className="underline">
            {t.seeReports}
          </Link>
        </p>
      ) : null}
      {suspended && suspensionReason ? (
        <p className="text-red-800">
          {t.suspendedBecause} <span translate="no">{suspensionReason}</span>
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {changesSinceApproval ? (
            <section
              aria-labelledby="changes-title"
              className="rounded-lg border border-slate-200 bg-white p-4"
            >
              <h2 id="changes-title" className="font-semibold">
                {t.changes}
              </h2>
              {changesSinceApproval.length === 0 ? (
                <p className="mt-2 text-sm text-slate-700">{t.noChanges}</p>
              ) : (
                <ChangesTable changes={changesSinceApproval} beforeLabel={t.approvedValue} labels={labels} />
              )}
            </section>
          ) : null}
          <ProfileView profile={profile} labels={labels} showContact />
          <ProfileFilesReview
            files={files}
            errorFor={(fileId) => (actionData?.fileId === fileId ? errorFor('remove-file') : null)}
          />
        </div>

        <aside aria-label={t.decisions} className="space-y-6 rounded-lg border border-slate-200 bg-white p-4">
          {reviewable ? (
            <>
              <Form method="post">
                <input type="hidden" name="intent" value="approve" />
                <input type="hidden" name="version" value={version} />
                <button
                  type="submit"
                  className="w-full rounded-md bg-leaf-600 px-4 py-2 font-semibold text-white hover:bg-leaf-700"
                >
                  {status === 'approved' ? t.approveChanges : t.approve}
                </button>
              </Form>
              {may.requestChanges ? (
                <ReasonForm
                  intent="request-changes"
                  label={t.askChangesLabel}
                  buttonLabel={t.askChanges}
                  hidden={{ version: String(version) }}
                  error={errorFor('request-changes')}
                />
              ) : null}
              <ReasonForm
                intent="reject"
                label={t.rejectLabel}
                buttonLabel={t.reject}
                tone="danger"
                hidden={{ version: String(version) }}
                error={errorFor('reject')}
              />
            </>
          ) : (
            <p className="text-sm text-slate-700">
              {t.notWaiting({ status: texts.common.profileStatus[status] })}
            </p>
          )}
          {suspended ? (
            <Form method="post">
              <input type="hidden" name="intent" value="restore" />
              <button
                type="submit"
                className="w-full rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100"
              >
                {t.restore}
              </button>
            </Form>
          ) : (
            <ReasonForm
              intent="suspend"
              label={t.suspendLabel}
              buttonLabel={t.suspend}
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
