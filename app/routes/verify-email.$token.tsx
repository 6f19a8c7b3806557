import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { AuthCard } from '~/components/auth-card'
import { redirectIntoSession, sessionOriginOf, startSession } from '~/modules/auth/session.server'
import { isVerificationTokenUsable, verifyEmail } from '~/modules/auth/sign-up.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.auth.verifyEmail.title)

// Opening the link changes nothing by itself (no GET changes state): the button confirms.
export async function loader({ params }: LoaderFunctionArgs) {
  return json({ usable: await isVerificationTokenUsable(params.token ?? '') })
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const userId = await verifyEmail(params.token ?? '')
  if (!userId) return redirect(`/verify-email/${params.token ?? ''}`)
  const started = await startSession(userId, sessionOriginOf(request, context.clientIp))
  return redirectIntoSession(started, '/organisation/new?welcome=1')
}

export default function VerifyEmailPage() {
  const t = useT().auth.verifyEmail
  const { usable } = useLoaderData<typeof loader>()
  return (
    <AuthCard title={t.title}>
      {usable ? (
        <Form method="post">
          <button
            type="submit"
            className="w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t.confirm}
          </button>
        </Form>
      ) : (
        <div className="space-y-3">
          <p role="alert">{t.expired}</p>
          <p>
            <Link to="/signup/check-email" className="font-medium text-brand-700 underline">
              {t.newLink}
            </Link>{' '}
            {t.or}{' '}
            <Link to="/login" className="font-medium text-brand-700 underline">
              {t.logIn}
            </Link>
            {t.end}
          </p>
        </div>
      )}
    </AuthCard>
  )
}
