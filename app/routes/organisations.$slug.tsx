import { organisationNameIn } from '~/modules/profiles/organisation-names'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useRouteError } from '@remix-run/react'
import { z } from 'zod'
import { ErrorPage } from '~/components/error-page'
import { ProfileView } from '~/components/profile-view'
import { OrganisationHeading, OrganisationName } from '~/components/organisation-name'
import { StatusBadge } from '~/components/status-badge'
import { requireUser } from '~/modules/auth/session.server'

import { reportReasons } from '~/modules/moderation/report-reasons'
import { fileReport } from '~/modules/moderation/reports.server'
import { openIntroductionPartners } from '~/modules/introductions/introduction-views.server'
import { explainFit } from '~/modules/matching/suggestions.server'
import { getMembership } from '~/modules/profiles/profiles.server'
import { getProfileForViewer, renamedProfileSlug } from '~/modules/profiles/public-profile.server'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { metaLocale, metaMessages } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { OrganisationLogo } from '~/components/files/organisation-logo'
import { ProfileDocuments } from '~/components/files/profile-documents'
import { listDocuments } from '~/modules/files/files.server'
import { readForm } from '~/modules/security/form-data.server'
import { refusalData } from '~/utils/refusals.server'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaMessages(matches)
  const name = data?.profile ? organisationNameIn(data.profile, metaLocale(matches)) : null
  return [{ title: t.common.pageTitle({ page: name ?? t.profiles.profile.fallbackTitle }) }]
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request)
  const found = await getProfileForViewer(params.slug ?? '', viewer)
  const moved = found ? null : await renamedProfileSlug(params.slug ?? '', viewer)
  if (moved) throw redirect(`/organisations/${moved}`, 301)
  if (!found) throw new Response(errorMessage('noOrganisationHere'), { status: 404, statusText: 'Not Found' })
  const locale = resolveLocale(request, viewer.locale)
  const mine = await getMembership(viewer.id)
  const fit =
    mine && !found.ownMembership ? await explainFit(mine.organisation.slug, found.slug, locale) : null
  const openIntroduction =
    mine && !found.ownMembership
      ? ((await openIntroductionPartners(mine.organisation.id)).get(found.organisationId) ?? null)
      : null
  return json({
    ...found,
    labels: await loadTermLabels(locale),
    documents: await listDocuments(found.organisationId),
    fit,
    mine: mine ? { name: mine.organisation.name, nameJa: mine.organisation.nameJa } : null,
    introduction:
      mine && !found.ownMembership && found.listed ? { openId: openIntroduction?.id ?? null } : null,
  })
}

const reportSchema = z.object({
  reason: z.enum(reportReasons, { error: errorMessage('reportReasonRequired') }),
  comment: z
    .string({ error: errorMessage('reportCommentRequired') })
    .trim()
    .min(10, errorMessage('reportCommentRequired'))
    .max(2000, errorMessage('reportCommentTooLong')),
})

export async function action({ request, params, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request)
  const found = await getProfileForViewer(params.slug ?? '', viewer)
  const moved = found ? null : await renamedProfileSlug(params.slug ?? '', viewer)
  if (moved) throw redirect(`/organisations/${moved}`, 301)
  if (!found) throw new Response(errorMessage('noOrganisationHere'), { status: 404 })
  const parsed = reportSchema.safeParse(Object.fromEntries(await readForm(request, context)))
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? errorMessage('reportReasonRequired')
    return json({ ok: false, error: message }, { status: 400 })
  }
  try {
    await fileReport({ reporterId: viewer.id, organisationId: found.organisationId, ...parsed.data })
  } catch (error) {
    return refusalData(error, { ok: false })
  }
  return json({ ok: true, error: null })
}

function ReportForm() {
  const result = useActionData<typeof action>()
  const texts = useT()
  const t = texts.profiles.profile
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4" open={Boolean(result)}>
      <summary className="cursor-pointer text-sm font-medium text-slate-700">{t.report}</summary>
      <div aria-live="polite">
        {result?.ok ? (
          <p role="status" className="mt-3 text-emerald-800">
            {t.reportThanks}
          </p>
        ) : null}
      </div>
      {result?.ok ? null : (
        <Form method="post" className="mt-3 space-y-3">
          <div>
            <label htmlFor="report-reason" className="block text-sm font-medium">
              {t.whatIsWrong}
            </label>
            <select
              id="report-reason"
              name="reason"
              required
              className="mt-1 block rounded-md border border-slate-300 px-3 py-2"
            >
              <option value="">{t.chooseReason}</option>
              {reportReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {texts.profiles.reportReasons[reason]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="report-comment" className="block text-sm font-medium">
              {t.details}
            </label>
            <textarea
              id="report-comment"
              name="comment"
              required
              rows={3}
              aria-describedby={result?.error ? 'report-error' : undefined}
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
            />
          </div>
          {result?.error ? (
            <p id="report-error" role="alert" className="text-sm text-red-700">
              {translateMessage(texts, result.error)}
            </p>
          ) : null}
          <button
            type="submit"
            className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-100"
          >
            {t.sendReport}
          </button>
        </Form>
      )}
    </details>
  )
}

export default function OrganisationProfilePage() {
  const {
    profile,
    slug,
    status,
    showContact,
    ownMembership,
    labels,
    fit,
    mine,
    introduction,
    logoFileId,
    documents,
  } = useLoaderData<typeof loader>()
  const texts = useT()
  const t = texts.profiles.profile
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <Link to="/directory" className="text-sm font-medium text-brand-700 underline">
        {t.backToDirectory}
      </Link>
      <OrganisationHeading
        name={profile.name}
        nameJa={profile.nameJa}
        logo={logoFileId ? <OrganisationLogo fileId={logoFileId} alt="" large /> : null}
      >
        {status !== 'approved' || ownMembership ? <StatusBadge status={status} /> : null}
      </OrganisationHeading>
      {fit ? (
        <section aria-labelledby="fit-title" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
          <h2 id="fit-title" className="font-semibold">
            {t.whyFits.before} <OrganisationName name={mine?.name ?? ''} nameJa={mine?.nameJa ?? null} />
            {t.whyFits.after}
          </h2>
          {fit.reasons.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {fit.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-slate-700">{t.nothingComplements}</p>
          )}
        </section>
      ) : null}
      {introduction ? (
        <p>
          {introduction.openId ? (
            <Link
              to={`/introductions/${introduction.openId}`}
              className="inline-block py-2.5 font-medium text-brand-700 underline"
            >
              {t.seeOpen.before} <OrganisationName {...profile} />
              {t.seeOpen.after}
            </Link>
          ) : (
            <Link
              to={`/introductions/new?to=${slug}`}
              className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
            >
              {t.request}
            </Link>
          )}
        </p>
      ) : null}
      <ProfileView profile={profile} labels={labels} showContact={showContact} />
      <ProfileDocuments documents={documents} manageable={ownMembership} />
      {ownMembership ? null : <ReportForm />}
    </article>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
