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
import { StatusBadge } from '~/components/status-badge'
import { requireUser } from '~/modules/auth/session.server'
import { profileCompleteness } from '~/modules/profiles/completeness'
import { requireMembership, requireOwnership } from '~/modules/profiles/membership.server'
import {
  getMembership,
  ProfileRuleError,
  submitForReview,
  withdrawProfile,
} from '~/modules/profiles/profiles.server'
import { toSnapshot } from '~/modules/profiles/snapshot'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'

export const meta: MetaFunction = () => [{ title: 'Your organisation | EU-Japan Circular Metals' }]

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
    profile,
    completeness: profileCompleteness(profile),
    labels: await loadTermLabels(),
  })
}

const intentSchema = z.object({ intent: z.enum(['submit', 'withdraw']) })

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const parsed = intentSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return json({ error: 'That request was not understood.' }, { status: 400 })
  const { membership } =
    parsed.data.intent === 'withdraw' ? await requireOwnership(request) : await requireMembership(request)
  try {
    if (parsed.data.intent === 'submit') await submitForReview(membership.organisation.id)
    else await withdrawProfile(membership.organisation.id)
  } catch (error) {
    if (error instanceof ProfileRuleError) return json({ error: error.message }, { status: 409 })
    throw error
  }
  return redirect(`/organisation?${parsed.data.intent === 'submit' ? 'submitted' : 'withdrawn'}=1`)
}

const notices: Record<string, string> = {
  created: 'Your draft is saved. Add what is missing, then submit it for review.',
  saved: 'Your changes are saved.',
  submitted: 'Submitted. Centre staff will review your profile; you will be told when it is approved.',
  withdrawn: 'Withdrawn: your profile is a draft again and hidden from the directory.',
}

export default function OrganisationPage() {
  const { role, slug, status, rejectionReason, profile, completeness, labels } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const busy = useNavigation().state !== 'idle'
  const notice = Object.keys(notices).find((key) => searchParams.has(key))
  const canSubmit = status === 'draft' || status === 'rejected'
  const canWithdraw = role === 'owner' && status !== 'draft'

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div aria-live="polite">
        {notice ? (
          <p
            role="status"
            className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
          >
            {notices[notice]}
          </p>
        ) : null}
        {actionData?.error ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            {actionData.error}
          </p>
        ) : null}
      </div>

      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{profile.name}</h1>
          {profile.nameJa ? (
            <p lang="ja" className="text-slate-700">
              {profile.nameJa}
            </p>
          ) : null}
        </div>
        <StatusBadge status={status} />
      </div>

      {status === 'rejected' && rejectionReason ? (
        <div className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">Centre staff asked for changes:</p>
          <p className="mt-1 whitespace-pre-line">{rejectionReason}</p>
        </div>
      ) : null}

      <section
        aria-labelledby="completeness-title"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="completeness-title" className="font-semibold">
          Profile {completeness.percent}% complete
        </h2>
        <div
          className="mt-3 h-2 rounded-full bg-slate-200"
          role="progressbar"
          aria-labelledby="completeness-title"
          aria-valuenow={completeness.percent}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <div className="h-2 rounded-full bg-leaf-600" style={{ width: `${completeness.percent}%` }} />
        </div>
        {completeness.missing.length ? (
          <p className="mt-3 text-sm text-slate-700">
            Add to be found more easily: {completeness.missing.join(', ')}.
          </p>
        ) : (
          <p className="mt-3 text-sm text-slate-700">Everything is filled in.</p>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        <Link
          to="/organisation/edit"
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          Edit profile
        </Link>
        {canSubmit ? (
          <Form method="post">
            <input type="hidden" name="intent" value="submit" />
            <button
              type="submit"
              disabled={busy}
              className="rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
            >
              Submit for review
            </button>
          </Form>
        ) : null}
        {status === 'approved' ? (
          <Link
            to={`/organisations/${slug}`}
            className="rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
          >
            View public profile
          </Link>
        ) : null}
        <a
          href="/organisation/export.json"
          download
          className="rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
        >
          Download our data (JSON)
        </a>
        {canWithdraw ? (
          <Form
            method="post"
            onSubmit={(event) => {
              if (
                !confirm(
                  'Withdraw the profile? It goes back to draft and disappears from the directory until approved again.',
                )
              ) {
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
              Withdraw
            </button>
          </Form>
        ) : null}
      </div>

      <ProfileView profile={profile} labels={labels} showContact />
    </div>
  )
}
