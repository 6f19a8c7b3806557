import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { Field, FormErrors, SelectField, SubmitButton, TextAreaField } from '~/components/forms'
import { requireStaff } from '~/modules/auth/session.server'
import { brokerIntroduction } from '~/modules/introductions/brokering.server'
import { brokerSchema, messageLength } from '~/modules/introductions/introduction-fields'
import { IntroductionRuleError } from '~/modules/introductions/rules'
import { loadCooperationOptions } from '~/modules/taxonomy/taxonomy.server'

export const meta: MetaFunction = () => [
  { title: 'Introduce two organisations | Staff | EU-Japan Circular Metals' },
]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  const params = new URL(request.url).searchParams
  return json({
    first: params.get('first') ?? '',
    second: params.get('second') ?? '',
    purposes: await loadCooperationOptions(),
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const submission = parseWithZod(await request.formData(), { schema: brokerSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  const { first, second, purpose, message } = submission.value
  try {
    const id = await brokerIntroduction({
      staffId: staff.id,
      firstSlug: first,
      secondSlug: second,
      purpose,
      message,
    })
    return redirect(`/introductions/${id}?done=broker`)
  } catch (error) {
    if (!(error instanceof IntroductionRuleError)) throw error
    return json(submission.reply({ formErrors: [error.message] }), { status: 409 })
  }
}

export default function BrokerIntroductionPage() {
  const { first, second, purposes } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm({
    id: 'broker',
    lastResult,
    defaultValue: { first, second },
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: brokerSchema }),
  })
  const addressHint =
    'The last part of the profile’s link, e.g. nordic-black-mass for /organisations/nordic-black-mass.'
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link to="/staff/introductions" className="text-sm font-medium text-brand-700 underline">
        ← All introductions
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">Introduce two organisations</h1>
      <p className="text-slate-700">
        The introduction starts accepted and marked “brokered by the Centre”: both organisations are told, see
        each other’s contacts and can write to each other at once.
      </p>
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field
          label="First organisation"
          field={fields.first}
          hint={addressHint}
          inputProps={getInputProps(fields.first, { type: 'text' })}
        />
        <Field
          label="Second organisation"
          field={fields.second}
          inputProps={getInputProps(fields.second, { type: 'text' })}
        />
        <SelectField
          label="What could they cooperate on?"
          field={fields.purpose}
          selectProps={getSelectProps(fields.purpose)}
          options={purposes}
          placeholder="Choose a type of cooperation"
        />
        <TextAreaField
          label="Message to both"
          field={fields.message}
          hint={`${messageLength.min} to ${messageLength.max} characters.`}
          textareaProps={getTextareaProps(fields.message)}
        />
        <div className="max-w-xs">
          <SubmitButton pending={pending}>{pending ? 'Introducing…' : 'Introduce them'}</SubmitButton>
        </div>
      </Form>
    </div>
  )
}
