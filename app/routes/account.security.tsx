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
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { messagesFor } from '~/modules/i18n/messages'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { requireAuth, rotateSession, sessionOriginOf } from '~/modules/auth/session.server'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.account.security.title)

const currentPassword = z
  .string({ error: errorMessage('currentPasswordRequired') })
  .max(passwordMaxLength, errorMessage('passwordTooLong', { max: passwordMaxLength }))

const passwordSchema = z.object({
  currentPassword,
  newPassword: newPasswordSchema,
  endOtherSessions: z.preprocess((value) => value === 'on', z.boolean()),
})
const emailChangeSchema = z.object({ currentPassword, newEmail: emailSchema })

function reauthMessage(request: Request, problem: ReauthProblem) {
  const t = messagesFor(resolveLocale(request)).account.security
  return problem === 'wrong-password' ? t.wrongPassword : t.rateLimited
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAuth(request)
  return json({ email: user.email })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = await requireAuth(request)
  const formData = await readForm(request, context)
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
          : submission.reply({
              ...hide,
              fieldErrors: { currentPassword: [reauthMessage(request, result.problem)] },
            })
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
            fieldErrors: { currentPassword: [reauthMessage(request, result.problem)] },
          }),
        },
        { status: result.problem === 'rate-limited' ? 429 : 400 },
      )
    }
    return redirect('/account/security?done=email')
  }
  throw new Response(errorMessage('notUnderstood'), { status: 400 })
}

function PasswordForm() {
  const t = useT().account.security
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
      <CredentialField kind="current-password" label={t.currentPassword} field={fields.currentPassword} />
      <CredentialField
        kind="new-password"
        label={t.newPassword}
        field={fields.newPassword}
        hint={t.newPasswordHint}
      />
      <label htmlFor={fields.endOtherSessions.id} className="flex items-center gap-2 text-sm">
        <input
          {...getInputProps(fields.endOtherSessions, { type: 'checkbox' })}
          className="h-4 w-4 rounded border-slate-400"
        />
        {t.endOthers}
      </label>
      <div className="max-w-xs">
        <SubmitButton>{t.submitPassword}</SubmitButton>
      </div>
    </Form>
  )
}

function EmailForm() {
  const t = useT().account.security
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
      <CredentialField kind="email" label={t.newEmail} field={fields.newEmail} />
      <CredentialField kind="current-password" label={t.currentPassword} field={fields.currentPassword} />
      <div className="max-w-xs">
        <SubmitButton>{t.submitEmail}</SubmitButton>
      </div>
    </Form>
  )
}

export default function AccountSecurityPage() {
  const { email } = useLoaderData<typeof loader>()
  const t = useT().account.security
  const [searchParams] = useSearchParams()
  const done = searchParams.get('done')
  const ended = Number(searchParams.get('ended') ?? 0)
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-1 text-slate-700">
          {t.signedInAs} {email}
          {t.seeAlso}{' '}
          <Link to="/account/sessions" className="underline">
            {t.sessions}
          </Link>
          {t.end}
        </p>
      </div>
      <div aria-live="polite">
        {done ? (
          <SuccessMessage>
            {done === 'password'
              ? [t.passwordChanged, ended ? t.sessionsEnded({ count: ended }) : ''].join(' ')
              : t.emailLinkSent}
          </SuccessMessage>
        ) : null}
      </div>
      <section
        aria-labelledby="password-title"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="password-title" className="text-lg font-semibold">
          {t.changePassword}
        </h2>
        <PasswordForm />
      </section>
      <section
        aria-labelledby="email-title"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="email-title" className="text-lg font-semibold">
          {t.changeEmail}
        </h2>
        <EmailForm />
      </section>
    </div>
  )
}
