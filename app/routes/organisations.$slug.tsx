import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useRouteError } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'
import { ProfileView } from '~/components/profile-view'
import { StatusBadge } from '~/components/status-badge'
import { requireUser } from '~/modules/auth/session.server'
import { getProfileForViewer } from '~/modules/profiles/public-profile.server'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.profile.name ?? 'Organisation'} | EU-Japan Circular Metals` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request)
  const found = await getProfileForViewer(params.slug ?? '', viewer)
  if (!found) throw new Response('No organisation at this address.', { status: 404, statusText: 'Not Found' })
  return json({ ...found, labels: await loadTermLabels() })
}

export default function OrganisationProfilePage() {
  const { profile, status, showContact, ownMembership, labels } = useLoaderData<typeof loader>()
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <Link to="/directory" className="text-sm font-medium text-brand-700 underline">
        ← Directory
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{profile.name}</h1>
          {profile.nameJa ? (
            <p lang="ja" className="text-slate-700">
              {profile.nameJa}
            </p>
          ) : null}
        </div>
        {status !== 'approved' || ownMembership ? <StatusBadge status={status} /> : null}
      </header>
      <ProfileView profile={profile} labels={labels} showContact={showContact} />
    </article>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
