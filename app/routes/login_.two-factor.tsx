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
import { errorMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { tooManyAttemptsMessage } from '~/modules/security/rate-limits.server'
import { readForm } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.auth.secondFactor.pageTitle)

const codeSchema = z.object({
  code: z
    .string({ error: errorMessage('codeRequired') })
    .trim()
    .min(6, errorMessage('codeRequired'))
    .max(20, errorMessage('codeRequired')),
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
  const submission = parseWithZod(await readForm(request, context), { schema: codeSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  const result = await checkSecondFactor(user.id, submission.value.code, context.clientIp)
  if (!result.ok) {
    const message =
      result.limited && !result.limited.allowed
        ? tooManyAttemptsMessage(result.limited.retryAfterSeconds)
        : errorMessage('codeWrong')
    return json(submission.reply({ formErrors: [message] }), {
      status: result.limited ? 429 : 400,
    })
  }
  const origin = sessionOriginOf(request, context.clientIp)
  const cookie = await rotateSession(session.id, user.id, origin, result.proof)
  return redirect(safeRedirectPath(submission.value.redirectTo), { headers: { 'Set-Cookie': cookie } })
}

export default function SecondFactorPage() {
  const t = useT().auth.secondFactor
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
      title={t.title}
      intro={t.intro}
      footer={
        <Link to="/login" className="font-medium text-brand-700 underline">
          {t.otherAccount}
        </Link>
      }
    >
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <Field
          label={t.code}
          field={fields.code}
          hint={t.codeHint}
          inputProps={{
            ...getInputProps(fields.code, { type: 'text' }),
            autoComplete: 'one-time-code',
            inputMode: 'text',
          }}
        />
        <SubmitButton pending={pending}>{pending ? t.submitting : t.submit}</SubmitButton>
      </Form>
    </AuthCard>
  )
}
