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
import { Field, FormErrors, SubmitButton } from '~/components/forms'
import { checkSecondFactor } from '~/modules/auth/second-factor.server'
import {
  rotateSession,
  getPendingSecondFactor,
  safeRedirectPath,
  sessionOriginOf,
} from '~/modules/auth/session.server'
import { tooManyAttemptsMessage } from '~/modules/security/rate-limits.server'

export const meta: MetaFunction = () => [{ title: 'Authenticator code | EU-Japan Circular Metals' }]

const codeSchema = z.object({
  code: z
    .string({ error: 'Enter the 6-digit code from your authenticator app, or a recovery code.' })
    .trim()
    .min(6, 'Enter the 6-digit code from your authenticator app, or a recovery code.')
    .max(20, 'A code is at most 20 characters.'),
  redirectTo: z.string().optional(),
})

async function requirePending(request: Request) {
  const pending = await getPendingSecondFactor(request)
  if (!pending) throw redirect('/login')
  return pending
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePending(request)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { session, user } = await requirePending(request)
  const submission = parseWithZod(await request.formData(), { schema: codeSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  const result = await checkSecondFactor(user.id, submission.value.code, context.clientIp)
  if (!result.ok) {
    const message =
      result.limited && !result.limited.allowed
        ? tooManyAttemptsMessage(result.limited.retryAfterSeconds)
        : 'This code is not right (or was already used). Try the current one.'
    return json(submission.reply({ formErrors: [message] }), {
      status: result.limited ? 429 : 400,
    })
  }
  const cookie = await rotateSession(session.id, user.id, sessionOriginOf(request, context.clientIp))
  return redirect(safeRedirectPath(submission.value.redirectTo), { headers: { 'Set-Cookie': cookie } })
}

export default function SecondFactorPage() {
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm({
    id: 'second-factor',
    lastResult,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: codeSchema }),
  })
  return (
    <AuthCard
      title="Enter your authenticator code"
      intro="Your account has two-factor authentication. Open your authenticator app and enter the code it shows for EU-Japan Circular Metals."
      footer={
        <Link to="/login" className="font-medium text-brand-700 underline">
          Log in as someone else
        </Link>
      }
    >
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <Field
          label="Code"
          field={fields.code}
          hint="6 digits. Lost your phone? Enter one of your recovery codes instead."
          inputProps={{
            ...getInputProps(fields.code, { type: 'text' }),
            autoComplete: 'one-time-code',
            inputMode: 'text',
          }}
        />
        <SubmitButton pending={pending}>{pending ? 'Checking…' : 'Continue'}</SubmitButton>
      </Form>
    </AuthCard>
  )
}
