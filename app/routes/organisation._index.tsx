import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { ProfileView } from '~/components/profile-view'
import { OrganisationHeading } from '~/components/organisation-name'
import { StatusBadge } from '~/components/status-badge'
import { requireUser } from '~/modules/auth/session.server'
import { emailSchema } from '~/modules/auth/credentials'
import { profileCompleteness } from '~/modules/profiles/completeness'
import { requireMembership, requireOwnership } from '~/modules/profiles/membership.server'
import { inviteColleague, listColleagues, revokeInvite } from '~/modules/profiles/invitations.server'
import { getMembership, submitForReview, withdrawProfile } from '~/modules/profiles/profiles.server'
import { toSnapshot } from '~/modules/profiles/snapshot'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { formatList } from '~/utils/format'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { movesFrom } from '~/modules/profiles/profile-status'
import { refusalData } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.profiles.mine.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const membership = await getMembership(user.id)
  if (!membership) throw redirect('/organisation/new')
  const { organisation, role } = membership
  const profile = toSnapshot(organisation)
  return json({
    role,
    slug: organisation.slug,
    status: organisation.status,
    rejectionReason: organisation.rejectionReason,
    suspensionReason: organisation.suspendedAt ? (organisation.suspensionReason ?? '') : null,
    profile,
    completeness: profileCompleteness(profile),
    labels: await loadTermLabels(resolveLocale(request, user.locale)),
    colleagues: await listColleagues(organisation.id),
  })
}

const intentSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('submit') }),
  z.object({ intent: z.literal('withdraw') }),
  z.object({ intent: z.literal('invite'), email: emailSchema }),
  z.object({ intent: z.literal('revoke-invite'), inviteId: z.string().min(1) }),
])

const outcomes = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  invite: 'invited',
  'revoke-invite': 'revoked',
} as const

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context)
  const parsed = intentSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    const emailProblem = parsed.error.issues.find((issue) => issue.path[0] === 'email')
    return json({ error: emailProblem?.message ?? errorMessage('notUnderstood') }, { status: 400 })
  }
  const command = parsed.data
  const { user, membership } =
    command.intent === 'submit' ? await requireMembership(request) : await requireOwnership(request)
  const organisationId = membership.organisation.id
  try {
    if (command.intent === 'submit') await submitForReview(organisationId)
    else if (command.intent === 'withdraw') await withdrawProfile(organisationId)
    else if (command.intent === 'invite') await inviteColleague(organisationId, user.id, command.email)
    else await revokeInvite(organisationId, command.inviteId)
  } catch (error) {
    return refusalData(error, {})
  }
  return redirect(`/organisation?${outcomes[command.intent]}=1`)
}

export default function OrganisationPage() {
  const { role, slug, status, rejectionReason, suspensionReason, profile, completeness, labels, colleagues } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const busy = useNavigation().state !== 'idle'
  const texts = useT()
  const locale = useLocale()
  const t = texts.profiles.mine
  const notice = (Object.keys(t.notices) as (keyof typeof t.notices)[]).find((key) => searchParams.has(key))
  const may = movesFrom(status)
  const canSubmit = may.submit
  // Withdrawing is the owner's decision (requireOwnership in the action).
  const canWithdraw = role === 'owner' && may.withdraw

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div aria-live="polite">
        {notice ? <SuccessMessage>{t.notices[notice]}</SuccessMessage> : null}
        {actionData?.error ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            {translateMessage(texts, actionData.error)}
          </p>
        ) : null}
      </div>

      <OrganisationHeading name={profile.name} nameJa={profile.nameJa}>
        <StatusBadge status={status} />
      </OrganisationHeading>

      {suspensionReason !== null ? (
        <div className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t.suspended}</p>
          {suspensionReason ? (
            <p className="mt-1 whitespace-pre-line">
              {t.reason} <span translate="no">{suspensionReason}</span>
            </p>
          ) : null}
        </div>
      ) : null}
      {(status === 'rejected' || status === 'draft') && rejectionReason ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">{status === 'rejected' ? t.notApproved : t.changesAsked}</p>
          <p className="mt-1 whitespace-pre-line" translate="no">
            {rejectionReason}
          </p>
          <p className="mt-2 text-sm">{t.editAndResubmit}</p>
        </div>
      ) : null}

      <section
        aria-labelledby="completeness-title"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="completeness-title" className="font-semibold">
          {t.completeness(completeness)}
        </h2>
        {/* A native progress element: an inline width would be blocked by the style-src policy. */}
        <progress
          className="mt-3 block h-2 w-full appearance-none overflow-hidden rounded-full bg-slate-200 [&::-moz-progress-bar]:bg-leaf-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-leaf-600"
          aria-labelledby="completeness-title"
          value={completeness.percent}
          max={100}
        />
        {completeness.missing.length ? (
          <p className="mt-3 text-sm text-slate-700">
            {t.addToBeFound}{' '}
            {formatList(
              completeness.missing.map((part) => texts.profiles.completenessParts[part]),
              locale,
            )}
          </p>
        ) : (
          <p className="mt-3 text-sm text-slate-700">{t.allFilled}</p>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        <Link
          to="/organisation/edit"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t.edit}
        </Link>
        <Link
          to="/organisation/files"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
        >
          {texts.profiles.files.link}
        </Link>
        {canSubmit ? (
          <Form method="post">
            <input type="hidden" name="intent" value="submit" />
            <button
              type="submit"
              disabled={busy}
              className="inline-flex min-h-11 items-center rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
            >
              {t.submit}
            </button>
          </Form>
        ) : null}
        {status === 'approved' ? (
          <Link
            to={`/organisations/${slug}`}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
          >
            {t.viewPublic}
          </Link>
        ) : null}
        <a
          href="/organisation/export.json"
          download
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
        >
          {t.download}
        </a>
        {canWithdraw ? (
          <Form
            method="post"
            onSubmit={(event) => {
              if (!confirm(t.withdrawConfirm)) {
                event.preventDefault()
              }
            }}
          >
            <input type="hidden" name="intent" value="withdraw" />
            <button
              type="submit"
              disabled={busy}
              className="rounded-md border border-red-300 px-4 py-2 font-semibold text-red-700 hover:bg-red-50"
            >
              {t.withdraw}
            </button>
          </Form>
        ) : null}
      </div>

      <ProfileView profile={profile} labels={labels} showContact />

      <Colleagues colleagues={colleagues} isOwner={role === 'owner'} busy={busy} />
    </div>
  )
}

function Colleagues({
  colleagues,
  isOwner,
  busy,
}: {
  colleagues: ReturnType<typeof useLoaderData<typeof loader>>['colleagues']
  isOwner: boolean
  busy: boolean
}) {
  const t = useT().profiles.mine
  return (
    <section
      aria-labelledby="colleagues-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="colleagues-title" className="text-lg font-semibold">
        {t.colleagues}
      </h2>
      <ul className="divide-y divide-slate-200">
        {colleagues.members.map((member) => (
          <li key={member.user.id} className="flex justify-between py-2">
            <span>
              <span translate="no">{member.user.displayName}</span>{' '}
              <span className="text-sm text-slate-600">({member.user.email})</span>
            </span>
            <span className="text-sm text-slate-600">{member.role === 'owner' ? t.owner : t.editor}</span>
          </li>
        ))}
        {colleagues.invites.map((invite) => (
          <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              {invite.email} <span className="text-sm text-slate-600">{t.invitedPending}</span>
            </span>
            {isOwner ? (
              <Form method="post">
                <input type="hidden" name="intent" value="revoke-invite" />
                <input type="hidden" name="inviteId" value={invite.id} />
                <button
                  type="submit"
                  disabled={busy}
                  className="text-sm text-red-700 underline"
                  aria-label={t.withdrawInviteLabel({ email: invite.email })}
                >
                  {t.withdrawInvite}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {isOwner ? (
        <Form method="post" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="invite" />
          <div className="min-w-64 flex-1">
            <label htmlFor="invite-email" className="block text-sm font-medium text-slate-800">
              {t.inviteLabel}
            </label>
            <input
              id="invite-email"
              type="email"
              name="email"
              required
              autoComplete="off"
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
            />
          </div>
          <button
            type="submit"
            disabled={busy}
            className="rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t.invite}
          </button>
        </Form>
      ) : null}
    </section>
  )
}
