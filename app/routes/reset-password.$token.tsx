import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { AuthCard } from '~/components/auth-card'
import { CredentialField, FormErrors, SubmitButton } from '~/components/forms'
import { newPasswordSchema, passwordMaxLength, passwordMinLength } from '~/modules/auth/credentials'
import { isResetTokenUsable, resetPassword } from '~/modules/auth/password-reset.server'
import { redirectIntoSession, sessionOriginOf, startSession } from '~/modules/auth/session.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { readForm } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.auth.resetPassword.title)

const resetSchema = z.object({ password: newPasswordSchema })

export async function loader({ params }: LoaderFunctionArgs) {
  return json({ usable: await isResetTokenUsable(params.token ?? '') })
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request, context), { schema: resetSchema })
  if (submission.status !== 'success')
    return json(submission.reply({ hideFields: ['password'] }), { status: 400 })
  const result = await resetPassword(params.token ?? '', submission.value.password)
  if (!result.ok) {
    return json(
      submission.reply(
        result.problem === 'link'
          ? { formErrors: [errorMessage('linkInvalid')], hideFields: ['password'] }
          : { fieldErrors: { password: [errorMessage('passwordCommon')] }, hideFields: ['password'] },
      ),
      { status: 400 },
    )
  }
  // Every other session of the account has ended; this browser starts a fresh one, which still asks for
  // the second factor where the account has one: reading someone's mailbox is not enough.
  const started = await startSession(result.userId, sessionOriginOf(request, context.clientIp))
  return redirectIntoSession(started, '/?password=reset')
}

export default function ResetPasswordPage() {
  const allTexts = useT()
  const t = allTexts.auth.resetPassword
  const signUpTexts = allTexts.auth.signUp
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
      title={t.title}
      intro={t.intro}
      footer={
        <Link to="/forgot-password" className="font-medium text-brand-700 underline">
          {t.askAgain}
        </Link>
      }
    >
      {usable ? (
        <Form method="post" className="space-y-5" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <CredentialField
            kind="new-password"
            label={t.newPassword}
            field={fields.password}
            hint={signUpTexts.passwordHint({ min: passwordMinLength, max: passwordMaxLength })}
          />
          <SubmitButton pending={pending}>{pending ? t.submitting : t.submit}</SubmitButton>
        </Form>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {t.expired}
        </p>
      )}
    </AuthCard>
  )
}
