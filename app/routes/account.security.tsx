import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { CredentialField, FormErrors, SubmitButton } from '~/components/forms'
import { useIntentResult } from '~/components/use-intent-result'
import { changePassword, requestEmailChange, type ReauthProblem } from '~/modules/auth/account-changes.server'
import { emailSchema, newPasswordSchema, passwordMaxLength } from '~/modules/auth/credentials'
import { commonPasswordMessage } from '~/modules/auth/password-policy.server'
import { requireAuth, rotateSession, sessionOriginOf } from '~/modules/auth/session.server'

export const meta: MetaFunction = () => [{ title: 'Password and email | EU-Japan Circular Metals' }]

const currentPassword = z
  .string({ error: 'Enter your current password.' })
  .max(passwordMaxLength, `A password is at most ${passwordMaxLength} characters.`)

const passwordSchema = z.object({
  currentPassword,
  newPassword: newPasswordSchema,
  endOtherSessions: z.preprocess((value) => value === 'on', z.boolean()),
})
const emailChangeSchema = z.object({ currentPassword, newEmail: emailSchema })

const reauthMessages: Record<ReauthProblem, string> = {
  'wrong-password': 'Your current password is not right.',
  'rate-limited': 'Too many wrong passwords: try again in 15 minutes.',
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAuth(request)
  return json({ email: user.email })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = await requireAuth(request)
  const formData = await request.formData()
  const intent = formData.get('intent')
  if (intent === 'password') {
    const submission = parseWithZod(formData, { schema: passwordSchema })
    const hide = { hideFields: ['currentPassword', 'newPassword'] }
    if (submission.status !== 'success')
      return json({ intent, result: submission.reply(hide) }, { status: 400 })
    const result = await changePassword({ userId: user.id, sessionId: session.id, ...submission.value })
    if (!result.ok) {
      const reply =
        result.problem === 'common-password'
          ? submission.reply({ ...hide, fieldErrors: { newPassword: [commonPasswordMessage] } })
          : submission.reply({ ...hide, fieldErrors: { currentPassword: [reauthMessages[result.problem]] } })
      return json({ intent, result: reply }, { status: result.problem === 'rate-limited' ? 429 : 400 })
    }
    // Re-authenticated: this browser continues under a new session id.
    const cookie = await rotateSession(session.id, user.id, sessionOriginOf(request, context.clientIp))
    return redirect(`/account/security?done=password&ended=${result.endedSessions}`, {
      headers: { 'Set-Cookie': cookie },
    })
  }
  if (intent === 'email') {
    const submission = parseWithZod(formData, { schema: emailChangeSchema })
    const hide = { hideFields: ['currentPassword'] }
    if (submission.status !== 'success')
      return json({ intent, result: submission.reply(hide) }, { status: 400 })
    const result = await requestEmailChange({ userId: user.id, ...submission.value })
    if (!result.ok) {
      return json(
        {
          intent,
          result: submission.reply({
            ...hide,
            fieldErrors: { currentPassword: [reauthMessages[result.problem]] },
          }),
        },
        { status: result.problem === 'rate-limited' ? 429 : 400 },
      )
    }
    return redirect('/account/security?done=email')
  }
  throw new Response('That request was not understood.', { status: 400 })
}

function PasswordForm() {
  const [form, fields] = useForm({
    id: 'change-password',
    lastResult: useIntentResult('password'),
    defaultValue: { endOtherSessions: 'on' },
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: passwordSchema }),
  })
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="password" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <CredentialField kind="current-password" label="Current password" field={fields.currentPassword} />
      <CredentialField
        kind="new-password"
        label="New password"
        field={fields.newPassword}
        hint="At least 12 characters; not a common password."
      />
      <div className="flex items-center gap-2">
        <input
          {...getInputProps(fields.endOtherSessions, { type: 'checkbox' })}
          className="h-4 w-4 rounded border-slate-400"
        />
        <label htmlFor={fields.endOtherSessions.id} className="text-sm">
          Log out my other sessions (recommended)
        </label>
      </div>
      <div className="max-w-xs">
        <SubmitButton>Change password</SubmitButton>
      </div>
    </Form>
  )
}

function EmailForm() {
  const [form, fields] = useForm({
    id: 'change-email',
    lastResult: useIntentResult('email'),
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: emailChangeSchema }),
  })
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="email" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <CredentialField kind="email" label="New email address" field={fields.newEmail} />
      <CredentialField kind="current-password" label="Current password" field={fields.currentPassword} />
      <div className="max-w-xs">
        <SubmitButton>Send a confirmation link</SubmitButton>
      </div>
    </Form>
  )
}

export default function AccountSecurityPage() {
  const { email } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const done = searchParams.get('done')
  const ended = Number(searchParams.get('ended') ?? 0)
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Password and email</h1>
        <p className="mt-1 text-slate-700">
          Signed in as {email}. See also your{' '}
          <Link to="/account/sessions" className="underline">
            sessions
          </Link>
          .
        </p>
      </div>
      <div aria-live="polite">
        {done ? (
          <p
            role="status"
            className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
          >
            {done === 'password'
              ? `Your password is changed.${ended ? ` ${ended} other ${ended === 1 ? 'session was' : 'sessions were'} logged out.` : ''}`
              : 'If the new address can be used, a confirmation link is on its way to it. Your address changes when you open the link (within one hour).'}
          </p>
        ) : null}
      </div>
      <section
        aria-labelledby="password-title"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="password-title" className="text-lg font-semibold">
          Change your password
        </h2>
        <PasswordForm />
      </section>
      <section
        aria-labelledby="email-title"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="email-title" className="text-lg font-semibold">
          Change your email address
        </h2>
        <EmailForm />
      </section>
    </div>
  )
}
