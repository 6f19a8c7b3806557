import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { AuthCard } from '~/components/auth-card'
import { filledHoneypot, Honeypot } from '~/components/honeypot'
import { CredentialField, Field, FormErrors, SubmitButton } from '~/components/forms'
import { refusalReply } from '~/utils/refusals.server'
import {
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  passwordMaxLength,
  passwordMinLength,
} from '~/modules/auth/credentials'
import { requireAnonymous } from '~/modules/auth/session.server'
import { signUp } from '~/modules/auth/sign-up.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { useT } from '~/modules/i18n/use-translation'
import {
  consumeAttempt,
  countInvalidSubmission,
  tooManyAttemptsMessage,
} from '~/modules/security/rate-limits.server'
import { readForm } from '~/modules/security/form-data.server'

const signupSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
})

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.auth.signUp.pageTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: signupSchema })
  // People never see the honeypot field; a form that fills it in is a robot's.
  if (filledHoneypot(formData)) {
    return json(submission.reply({ formErrors: [errorMessage('robotSubmission')] }), { status: 400 })
  }
  if (submission.status !== 'success') {
    const { status, formErrors } = await countInvalidSubmission('signup-ip', context.clientIp)
    return json(submission.reply({ hideFields: ['password'], ...(formErrors ? { formErrors } : {}) }), {
      status,
    })
  }
  const limit = await consumeAttempt('signup-ip', context.clientIp ?? 'unknown')
  if (!limit.allowed) {
    return json(
      submission.reply({
        formErrors: [tooManyAttemptsMessage(limit.retryAfterSeconds)],
        hideFields: ['password'],
      }),
      { status: 429 },
    )
  }
  const { displayName, email, password } = submission.value
  try {
    await signUp({ displayName, email, password, locale: resolveLocale(request) })
  } catch (error) {
    return refusalReply(submission, error, { hideFields: ['password'] })
  }
  return redirect(`/signup/check-email?${new URLSearchParams({ email })}`)
}

export default function SignupPage() {
  const t = useT().auth.signUp
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm({
    id: 'signup',
    lastResult,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
  })
  return (
    <AuthCard
      title={t.title}
      intro={t.intro}
      footer={
        <>
          {t.haveAccount}{' '}
          <Link
            to={{ pathname: '/login', search: searchParams.toString() }}
            className="font-medium text-brand-700 underline"
          >
            {t.logIn}
          </Link>
        </>
      }
    >
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <Field
          label={t.name}
          field={fields.displayName}
          inputProps={{ ...getInputProps(fields.displayName, { type: 'text' }), autoComplete: 'name' }}
        />
        <CredentialField kind="email" label={t.email} field={fields.email} />
        <CredentialField
          kind="new-password"
          label={t.password}
          field={fields.password}
          hint={t.passwordHint({ min: passwordMinLength, max: passwordMaxLength })}
        />
        <SubmitButton pending={pending}>{pending ? t.submitting : t.submit}</SubmitButton>
      </Form>
    </AuthCard>
  )
}
