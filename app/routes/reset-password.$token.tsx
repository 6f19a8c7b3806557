import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { AuthCard } from '~/components/auth-card'
import { CredentialField, FormErrors, SubmitButton } from '~/components/forms'
import { newPasswordSchema, passwordMaxLength, passwordMinLength } from '~/modules/auth/credentials'
import { isResetTokenUsable, resetPassword } from '~/modules/auth/password-reset.server'
import { commonPasswordMessage } from '~/modules/auth/password-policy.server'
import { sessionOriginOf, startSession } from '~/modules/auth/session.server'

export const meta: MetaFunction = () => [{ title: 'Choose a new password | EU-Japan Circular Metals' }]

const resetSchema = z.object({ password: newPasswordSchema })
const expiredLink = 'This link has expired or was already used. Ask for a new one.'

export async function loader({ params }: LoaderFunctionArgs) {
  return json({ usable: await isResetTokenUsable(params.token ?? '') })
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: resetSchema })
  if (submission.status !== 'success')
    return json(submission.reply({ hideFields: ['password'] }), { status: 400 })
  const result = await resetPassword(params.token ?? '', submission.value.password)
  if (!result.ok) {
    return json(
      submission.reply(
        result.problem === 'link'
          ? { formErrors: [expiredLink], hideFields: ['password'] }
          : { fieldErrors: { password: [commonPasswordMessage] }, hideFields: ['password'] },
      ),
      { status: 400 },
    )
  }
  // Every other session of the account has ended; this browser starts a fresh one.
  const cookie = await startSession(result.userId, sessionOriginOf(request, context.clientIp))
  return redirect('/?password=reset', { headers: { 'Set-Cookie': cookie } })
}

export default function ResetPasswordPage() {
  const { usable } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm({
    id: 'reset-password',
    lastResult,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetSchema }),
  })
  return (
    <AuthCard
      title="Choose a new password"
      intro="Your other sessions end when the password changes."
      footer={
        <Link to="/forgot-password" className="font-medium text-brand-700 underline">
          Ask for a new link
        </Link>
      }
    >
      {usable ? (
        <Form method="post" className="space-y-5" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <CredentialField
            kind="new-password"
            label="New password"
            field={fields.password}
            hint={`${passwordMinLength} to ${passwordMaxLength} characters. A few unrelated words make a strong one.`}
          />
          <SubmitButton pending={pending}>{pending ? 'Saving…' : 'Save the new password'}</SubmitButton>
        </Form>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {expiredLink}
        </p>
      )}
    </AuthCard>
  )
}
