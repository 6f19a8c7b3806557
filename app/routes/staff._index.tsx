import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { requireStaff } from '~/modules/auth/session.server'
import { countAccountsByRole } from '~/modules/staff/accounts-overview.server'

export const meta: MetaFunction = () => [{ title: 'Staff workspace | EU-Japan Circular Metals' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  return json({ accountsByRole: await countAccountsByRole() })
}

const roleLabels = { member: 'Members', staff: 'Centre staff', admin: 'Administrators' } as const

export default function StaffWorkspace() {
  const { accountsByRole } = useLoaderData<typeof loader>()
  return (
    <section aria-labelledby="staff-title">
      <h1 id="staff-title" className="text-2xl font-bold tracking-tight">
        Staff workspace
      </h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Moderation, brokering and the Centre&apos;s numbers live here. Accounts so far:
      </p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {(Object.keys(roleLabels) as (keyof typeof roleLabels)[]).map((role) => (
          <div key={role} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{roleLabels[role]}</dt>
            <dd className="mt-1 text-3xl font-semibold">{accountsByRole[role]}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-10 text-lg font-semibold">Tools</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>
          <Link to="/staff/taxonomy" className="text-brand-700 underline">
            Curate the taxonomy
          </Link>
        </li>
        <li>
          <Link to="/staff/import" className="text-brand-700 underline">
            Import organisations from a JSON file
          </Link>
        </li>
        <li>
          <Link to="/directory" className="text-brand-700 underline">
            Export the directory as CSV
          </Link>{' '}
          (from the directory, with its filters)
        </li>
      </ul>
    </section>
  )
}
