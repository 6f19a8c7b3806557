import { getFormProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useRouteError } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'
import { FormErrors, SelectField, SubmitButton, TextAreaField } from '~/components/forms'
import { filledHoneypot, Honeypot } from '~/components/honeypot'
import { SlotRows } from '~/components/introductions/slot-rows'
import { rememberTimeZone } from '~/modules/auth/accounts.server'
import {
  emptySlotRows,
  introductionRequestSchema,
  messageLength,
  type IntroductionRequestInput,
  type SlotFormRow,
} from '~/modules/introductions/introduction-fields'
import { findIntroductionTarget } from '~/modules/introductions/introduction-views.server'
import { sendIntroductionRequest } from '~/modules/introductions/introductions.server'
import { effectiveTimeZone } from '~/modules/introductions/meeting-time'
import { IntroductionRuleError } from '~/modules/introductions/rules'
import { requireMembership } from '~/modules/profiles/membership.server'
import { countryName } from '~/modules/taxonomy/countries'
import { getEnv } from '~/utils/env.server'
import { loadCooperationOptions } from '~/modules/taxonomy/taxonomy.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Request an introduction to ${data?.target.name ?? ''} | EU-Japan Circular Metals` },
]

const noTarget = () =>
  new Response('This organisation cannot receive introduction requests.', {
    status: 404,
    statusText: 'Not Found',
  })

async function loadTarget(request: Request) {
  const { user, membership } = await requireMembership(request)
  const slug = new URL(request.url).searchParams.get('to') ?? ''
  const found = await findIntroductionTarget(slug, membership.organisation.id)
  if (!found || found.organisation.id === membership.organisation.id) throw noTarget()
  return { user, membership, ...found }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, membership, organisation, open } = await loadTarget(request)
  const own = membership.organisation
  return json({
    target: { slug: organisation.slug, name: organisation.name, country: countryName(organisation.country) },
    open,
    ownListed: own.status === 'approved' && own.suspendedAt === null,
    purposes: await loadCooperationOptions(),
    timeZone: effectiveTimeZone(user.timeZone, own.region),
    expiryDays: getEnv().INTRODUCTION_EXPIRY_DAYS,
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, membership, organisation } = await loadTarget(request)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: introductionRequestSchema })
  if (filledHoneypot(formData)) {
    return json(submission.reply({ formErrors: ['This request could not be accepted.'] }), { status: 400 })
  }
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  try {
    const id = await sendIntroductionRequest({
      senderId: user.id,
      fromOrganisationId: membership.organisation.id,
      toOrganisationId: organisation.id,
      request: submission.value,
    })
    await rememberTimeZone(user.id, submission.value.timeZone)
    return redirect(`/introductions/${id}?sent=1`)
  } catch (error) {
    if (!(error instanceof IntroductionRuleError)) throw error
    return json(submission.reply({ formErrors: [error.message] }), { status: 409 })
  }
}

export default function NewIntroductionPage() {
  const { target, open, ownListed, purposes, timeZone, expiryDays } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm<
    { purpose: string; message: string; timeZone: string; slots: SlotFormRow[] },
    IntroductionRequestInput
  >({
    id: 'introduction-request',
    lastResult,
    defaultValue: {
      timeZone,
      slots: emptySlotRows(),
    },
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: introductionRequestSchema }),
  })

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link to={`/organisations/${target.slug}`} className="text-sm font-medium text-brand-700 underline">
        ← {target.name}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">Request an introduction to {target.name}</h1>
      <p className="text-slate-700">
        {target.name} ({target.country}) will see your message and your organisation’s profile. Their members
        accept or decline; a request left unanswered expires after {expiryDays} days.
      </p>
      {open ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          Your organisation already has an open introduction with {target.name}.{' '}
          <Link to={`/introductions/${open.id}`} className="font-medium underline">
            Open it
          </Link>
        </p>
      ) : !ownListed ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          Your organisation’s profile must be approved by Centre staff before it can request introductions.{' '}
          <Link to="/organisation" className="font-medium underline">
            See your profile
          </Link>
        </p>
      ) : (
        <Form method="post" className="space-y-6" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <Honeypot />
          <SelectField
            label="What would you like to cooperate on?"
            field={fields.purpose}
            selectProps={getSelectProps(fields.purpose)}
            options={purposes}
            placeholder="Choose a type of cooperation"
          />
          <TextAreaField
            label="Your message"
            field={fields.message}
            hint={`${messageLength.min} to ${messageLength.max} characters: who you are, what you propose and why it fits them.`}
            textareaProps={getTextareaProps(fields.message)}
          />
          <SlotRows
            legend="Meeting times you propose (optional)"
            hint="Up to three times. They are shown to the other side in their own time zone and in Brussels and Tokyo time. Leave a row empty to skip it."
            timeZone={fields.timeZone}
            slots={fields.slots}
          />
          <div className="max-w-xs">
            <SubmitButton pending={pending}>{pending ? 'Sending…' : 'Send the request'}</SubmitButton>
          </div>
        </Form>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
