import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { AuthCard } from '~/components/auth-card'
import { confirmEmailChange, isEmailChangeTokenUsable } from '~/modules/auth/account-changes.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.auth.confirmEmail.pageTitle)

// Opening the link changes nothing by itself (no GET changes state): the button confirms.
export async function loader({ params }: LoaderFunctionArgs) {
  return json({ usable: await isEmailChangeTokenUsable(params.token ?? '') })
}

export async function action({ params }: ActionFunctionArgs) {
  const result = await confirmEmailChange(params.token ?? '')
  return json({ outcome: result.ok ? ('ok' as const) : result.problem }, { status: result.ok ? 200 : 400 })
}

export default function ConfirmEmailPage() {
  const t = useT().auth.confirmEmail
  const { usable } = useLoaderData<typeof loader>()
  const outcome = useActionData<typeof action>()?.outcome ?? (usable ? null : 'link')
  return (
    <AuthCard title={t.title}>
      {outcome ? (
        <p role={outcome === 'ok' ? 'status' : 'alert'} className="text-slate-800">
          {t.outcomes[outcome]}
        </p>
      ) : (
        <Form method="post">
          <button
            type="submit"
            className="w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t.confirm}
          </button>
        </Form>
      )}
      <p className="mt-4">
        <Link to="/account/security" className="font-medium text-brand-700 underline">
          {t.account}
        </Link>
      </p>
    </AuthCard>
  )
}
