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
import { PurposeAndMessage } from '~/components/introductions/request-fields'
import { FormErrors, SubmitButton } from '~/components/forms'
import { OrganisationPicker } from '~/components/organisation-picker'
import { requireStaff } from '~/modules/auth/session.server'
import { brokerableOrganisations, brokerIntroduction } from '~/modules/introductions/brokering.server'
import { brokerSchema } from '~/modules/introductions/introduction-fields'

import { loadCooperationOptions } from '~/modules/taxonomy/taxonomy.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { readForm } from '~/modules/security/form-data.server'
import { refusalReply } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.broker.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const params = new URL(request.url).searchParams
  const first = params.get('first') ?? ''
  const second = params.get('second') ?? ''
  const known = await brokerableOrganisations([first, second])
  return json({
    first: known.get(first) ?? null,
    second: known.get(second) ?? null,
    purposes: await loadCooperationOptions(resolveLocale(request, staff.locale)),
  })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const submission = parseWithZod(await readForm(request, context), { schema: brokerSchema })
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
    return refusalReply(submission, error)
  }
}

export default function BrokerIntroductionPage() {
  const { first, second, purposes } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm({
    id: 'broker',
    lastResult,
    defaultValue: { first: first?.slug ?? '', second: second?.slug ?? '' },
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: brokerSchema }),
  })
  const t = useT().staff.broker
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link
        to="/staff/introductions"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        {t.back}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      <p className="text-slate-700">{t.intro}</p>
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <OrganisationPicker label={t.first} field={fields.first} initial={first} />
        <OrganisationPicker label={t.second} field={fields.second} initial={second} />
        <PurposeAndMessage fields={fields} purposes={purposes} labels={t} />
        <div className="max-w-xs">
          <SubmitButton pending={pending}>{pending ? t.submitting : t.submit}</SubmitButton>
        </div>
      </Form>
    </div>
  )
}
