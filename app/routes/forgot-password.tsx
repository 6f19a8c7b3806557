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
import { tooManyAttemptsMessage } from '~/modules/security/rate-limits.server'

export const meta: MetaFunction = () => [{ title: 'Forgot your password? | EU-Japan Circular Metals' }]

const forgotSchema = z.object({ email: emailSchema })

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request)
  const submission = parseWithZod(await request.formData(), { schema: forgotSchema })
  if (submission.status !== 'success')
    return json({ sent: false, result: submission.reply() }, { status: 400 })
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
      title="Forgot your password?"
      intro="Enter the email address of your account: we will send you a link to choose a new password."
      footer={
        <Link to="/login" className="font-medium text-brand-700 underline">
          Back to log in
        </Link>
      }
    >
      <div aria-live="polite">
        {data?.sent ? (
          <p
            role="status"
            className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
          >
            If an account uses this address, we have sent it a link. It works once, for one hour. Check your
            inbox (and spam folder).
          </p>
        ) : null}
      </div>
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <CredentialField kind="email" label="Email" field={fields.email} />
        <SubmitButton pending={pending}>{pending ? 'Sending…' : 'Send me a link'}</SubmitButton>
      </Form>
    </AuthCard>
  )
}
