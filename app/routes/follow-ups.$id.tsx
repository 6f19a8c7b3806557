import { getFormProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useLoaderData, useRouteError } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'
import { FieldErrors, FormErrors, SelectField, TextAreaField } from '~/components/forms'
import { SuccessMessage } from '~/components/success-message'
import { useIntentResult } from '~/components/use-intent-result'
import { requireUser } from '~/modules/auth/session.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { followUpSchema } from '~/modules/meetings/meeting-fields'
import { agreementKinds, followUpAnswers } from '~/modules/meetings/meeting-rules'
import { answerFollowUp, followUpForMember } from '~/modules/outcomes/follow-ups.server'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'
import { intent } from '~/utils/intents'
import { runIntent } from '~/utils/intents.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.meetings.followUp.title)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const locale = resolveLocale(request, user.locale)
  return json(await followUpForMember(params.id ?? '', user.id, locale).catch(refusalResponse))
}

type Acting = { userId: string; followUpId: string }
const intents = {
  answer: intent(followUpSchema, (acting: Acting, form) => answerFollowUp({ ...acting, form })),
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const outcome = await runIntent(await readForm(request, context), intents, {
    userId: user.id,
    followUpId: params.id ?? '',
  })
  if (outcome instanceof Response) return outcome
  return redirect(`/follow-ups/${params.id}`)
}

export default function FollowUpPage() {
  const data = useLoaderData<typeof loader>()
  const texts = useT()
  const t = texts.meetings.followUp
  const lastResult = useIntentResult('answer')
  const [form, fields] = useForm({
    id: 'answer',
    lastResult,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: followUpSchema }),
  })
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      <p className="text-slate-700">{t.intro({ other: data.other })}</p>
      {data.answeredAt && data.answer ? (
        <SuccessMessage>
          <p>{t.answered}</p>
          <p>
            {t.yourAnswer({ answer: texts.meetings.followUpAnswers[data.answer] })}
            {data.agreementKind ? ` (${texts.meetings.agreementKinds[data.agreementKind]})` : ''}
          </p>
        </SuccessMessage>
      ) : (
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="answer" />
          <FormErrors id={form.errorId} errors={form.errors} />
          <fieldset aria-describedby={fields.answer.errors?.length ? fields.answer.errorId : undefined}>
            <legend className="text-sm font-semibold">{t.answer}</legend>
            {followUpAnswers.map((answer) => (
              <label key={answer} className="flex min-h-11 items-center gap-2">
                <input type="radio" name={fields.answer.name} value={answer} className="h-5 w-5" />
                {texts.meetings.followUpAnswers[answer]}
              </label>
            ))}
            <FieldErrors id={fields.answer.errorId} errors={fields.answer.errors} />
          </fieldset>
          <SelectField
            label={t.kind}
            field={fields.agreementKind}
            placeholder={t.chooseKind}
            selectProps={getSelectProps(fields.agreementKind)}
            options={agreementKinds.map((kind) => ({
              value: kind,
              label: texts.meetings.agreementKinds[kind],
            }))}
          />
          <TextAreaField
            label={t.note}
            field={fields.note}
            textareaProps={{ ...getTextareaProps(fields.note), rows: 3, maxLength: 1000 }}
          />
          <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white">
            {t.send}
          </button>
        </Form>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
