import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { AuthCard } from '~/components/auth-card'
import { CredentialField, FormErrors, SubmitButton } from '~/components/forms'
import { emailSchema } from '~/modules/auth/credentials'
import { requestPasswordReset } from '~/modules/auth/password-reset.server'
import { requireAnonymous } from '~/modules/auth/session.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { countInvalidSubmission, tooManyAttemptsMessage } from '~/modules/security/rate-limits.server'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.auth.forgotPassword.title)

const forgotSchema = z.object({ email: emailSchema })

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request)
  const submission = parseWithZod(await readForm(request, context), { schema: forgotSchema })
  if (submission.status !== 'success') {
    const { status, formErrors } = await countInvalidSubmission('reset-ip', context.clientIp)
    return json({ sent: false, result: submission.reply(formErrors ? { formErrors } : {}) }, { status })
  }
  const limit = await requestPasswordReset(submission.value.email, context.clientIp)
  if (!limit.allowed) {
    return json(
      {
        sent: false,
        result: submission.reply({ formErrors: [tooManyAttemptsMessage(limit.retryAfterSeconds)] }),
      },
      { status: 429 },
    )
  }
  return json({ sent: true, result: submission.reply({ resetForm: true }) })
}

export default function ForgotPasswordPage() {
  const t = useT().auth.forgotPassword
  const data = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm({
    id: 'forgot-password',
    lastResult: data?.result,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotSchema }),
  })
  return (
    <AuthCard
      title={t.title}
      intro={t.intro}
      footer={
        <Link to="/login" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t.back}
        </Link>
      }
    >
      <div aria-live="polite">
        {data?.sent ? <SuccessMessage className="mb-4">{t.sent}</SuccessMessage> : null}
      </div>
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <CredentialField kind="email" label={t.email} field={fields.email} />
        <SubmitButton pending={pending}>{pending ? t.submitting : t.submit}</SubmitButton>
      </Form>
    </AuthCard>
  )
}
