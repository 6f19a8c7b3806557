import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { AuthCard } from '~/components/auth-card'
import { emailSchema } from '~/modules/auth/credentials'
import { requireAnonymous } from '~/modules/auth/session.server'
import { resendVerificationLink } from '~/modules/auth/sign-up.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { getEnv, isProduction } from '~/utils/env.server'
import { readForm } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.auth.checkEmail.title)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  const params = new URL(request.url).searchParams
  const email = emailSchema.safeParse(params.get('email') ?? '')
  const env = getEnv()
  return json({
    email: email.success ? email.data : null,
    resent: params.has('resent'),
    // Without SMTP nothing leaves a development machine: say where the link is.
    outboxHint: !isProduction() && !env.SMTP_URL,
  })
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request)
  const parsed = z
    .object({ email: emailSchema })
    .safeParse(Object.fromEntries(await readForm(request, context)))
  if (!parsed.success) return redirect('/signup/check-email')
  await resendVerificationLink(parsed.data.email)
  return redirect(`/signup/check-email?${new URLSearchParams({ email: parsed.data.email, resent: '1' })}`)
}

export default function CheckEmailPage() {
  const { email, resent, outboxHint } = useLoaderData<typeof loader>()
  const t = useT().auth.checkEmail
  return (
    <AuthCard
      title={t.title}
      footer={
        <Link
          to="/login"
          className="inline-flex min-h-11 min-w-11 items-center justify-center font-medium text-brand-700 underline"
        >
          {t.logIn}
        </Link>
      }
    >
      <div className="space-y-4">
        <p role="status">
          {email ? (
            <>
              {t.sentBefore} <strong>{email}</strong>
              {t.sentAfter}
            </>
          ) : (
            t.enterAddress
          )}
        </p>
        {resent ? <p>{t.resent}</p> : null}
        {outboxHint ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t.outboxBefore}{' '}
            <Link to="/dev/outbox" className="underline">
              {t.outboxLink}
            </Link>
            {t.outboxAfter}
          </p>
        ) : null}
        <Form method="post" className="space-y-2">
          <label htmlFor="resend-email" className="block text-sm font-medium">
            {t.resendLabel}
          </label>
          <input
            id="resend-email"
            name="email"
            type="email"
            required
            defaultValue={email ?? ''}
            autoComplete="email"
            className="block w-full rounded-md border border-slate-300 px-3 py-2"
          />
          <button
            type="submit"
            className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-100"
          >
            {t.resend}
          </button>
        </Form>
      </div>
    </AuthCard>
  )
}
