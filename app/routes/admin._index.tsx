import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireAdmin } from '~/modules/auth/session.server'
import { listStaffAccounts } from '~/modules/staff/accounts-overview.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { useClock } from '~/modules/i18n/use-clock'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.account.admin.title)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request)
  return json({ staff: await listStaffAccounts() })
}

export default function AdministrationPage() {
  const { staff } = useLoaderData<typeof loader>()
  const clock = useClock()
  const texts = useT()
  const t = texts.account.admin
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title" className="text-2xl font-bold tracking-tight">
        {t.title}
      </h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        {t.intro}{' '}
        <code className="rounded bg-slate-100 px-1">npm run cli -- user:create --email … --role staff</code>.
      </p>
      <div className="relative mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t.name}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t.email}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t.role}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t.since}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {staff.map((account) => (
              <tr key={account.id}>
                <td className="px-4 py-2" translate="no">
                  {account.displayName}
                </td>
                <td className="px-4 py-2" translate="no">
                  {account.email}
                </td>
                <td className="px-4 py-2">{texts.common.roles[account.role]}</td>
                <td className="px-4 py-2">{clock.at(account.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
