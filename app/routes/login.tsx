import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { AuthCard } from '~/components/auth-card'
import { CredentialField, FormErrors, SubmitButton } from '~/components/forms'
import { emailSchema, passwordMaxLength } from '~/modules/auth/credentials'
import { logIn } from '~/modules/auth/log-in.server'
import {
  redirectIntoSession,
  requireAnonymous,
  safeRedirectPath,
  sessionOriginOf,
  startSession,
} from '~/modules/auth/session.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { messagesFor } from '~/modules/i18n/messages'
import { useT } from '~/modules/i18n/use-translation'
import { countInvalidSubmission, tooManyAttemptsMessage } from '~/modules/security/rate-limits.server'
import { readForm } from '~/modules/security/form-data.server'

const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: errorMessage('currentPasswordRequired') })
    .max(passwordMaxLength, errorMessage('passwordTooLong', { max: passwordMaxLength })),
  redirectTo: z.string().optional(),
})

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.auth.logIn.title)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request)
  const submission = parseWithZod(await readForm(request, context), { schema: loginSchema })
  if (submission.status !== 'success') {
    const { status, formErrors } = await countInvalidSubmission('login-ip', context.clientIp)
    return json(submission.reply({ hideFields: ['password'], ...(formErrors ? { formErrors } : {}) }), {
      status,
    })
  }
  const { email, password, redirectTo } = submission.value
  const result = await logIn({ email, password, clientIp: context.clientIp })
  const refuse = (message: string, status: number) =>
    json(submission.reply({ formErrors: [message], hideFields: ['password'] }), { status })
  if (result.status === 'rate-limited') return refuse(tooManyAttemptsMessage(result.retryAfterSeconds), 429)
  if (result.status === 'invalid') return refuse(errorMessage('wrongCredentials'), 400)
  const t = messagesFor(resolveLocale(request)).auth.logIn
  if (result.status === 'disabled') return refuse(t.disabled({ reason: result.reason ?? '' }), 403)
  if (result.status === 'unverified') return refuse(t.unverified, 403)
  const started = await startSession(result.userId, sessionOriginOf(request, context.clientIp))
  return redirectIntoSession(started, safeRedirectPath(redirectTo))
}

export default function LoginPage() {
  const t = useT().auth.logIn
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm({
    id: 'login',
    lastResult,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
  })
  return (
    <AuthCard
      title={t.title}
      intro={t.intro}
      footer={
        <>
          {t.newHere}{' '}
          <Link
            to={{ pathname: '/signup', search: searchParams.toString() }}
            className="font-medium text-brand-700 underline"
          >
            {t.createAccount}
          </Link>
        </>
      }
    >
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <CredentialField kind="email" label={t.email} field={fields.email} />
        <CredentialField kind="current-password" label={t.password} field={fields.password} />
        <SubmitButton pending={pending}>{pending ? t.submitting : t.submit}</SubmitButton>
        <p className="flex flex-wrap justify-center gap-x-4 text-center text-sm">
          <Link to="/forgot-password" className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t.forgotPassword}
          </Link>
          <Link
            to="/signup/check-email"
            className="inline-flex min-h-11 items-center text-brand-700 underline"
          >
            {t.noConfirmation}
          </Link>
        </p>
      </Form>
    </AuthCard>
  )
}
