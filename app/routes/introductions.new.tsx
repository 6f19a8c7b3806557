import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { getFormProps, useForm } from '@conform-to/react'
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
import { FormErrors, SubmitButton } from '~/components/forms'
import { PurposeAndMessage } from '~/components/introductions/request-fields'
import { filledHoneypot, Honeypot } from '~/components/honeypot'
import { SlotRows } from '~/components/introductions/slot-rows'
import { rememberTimeZone } from '~/modules/auth/accounts.server'
import {
  emptySlotRows,
  introductionRequestSchema,
  type IntroductionRequestInput,
  type SlotFormRow,
} from '~/modules/introductions/introduction-fields'
import { findIntroductionTarget } from '~/modules/introductions/introduction-views.server'
import { sendIntroductionRequest } from '~/modules/introductions/introductions.server'
import { effectiveTimeZone } from '~/modules/introductions/meeting-time'

import { requireMembership } from '~/modules/profiles/membership.server'
import { countryName } from '~/modules/taxonomy/countries'
import { getEnv } from '~/utils/env.server'
import { loadCooperationOptions } from '~/modules/taxonomy/taxonomy.server'
import { OrganisationName } from '~/components/organisation-name'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { messagesFor } from '~/modules/i18n/messages'
import { metaLocale, metaMessages } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { readForm } from '~/modules/security/form-data.server'
import { isListed } from '~/modules/profiles/listed.server'
import { refusalReply } from '~/utils/refusals.server'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaMessages(matches)
  const name = data ? organisationNameIn(data.target, metaLocale(matches)) : ''
  return [{ title: t.common.pageTitle({ page: `${t.introductions.new.heading} ${name}` }) }]
}

const noTarget = (request: Request) =>
  new Response(messagesFor(resolveLocale(request)).introductions.new.noTarget, {
    status: 404,
    statusText: 'Not Found',
  })

async function loadTarget(request: Request) {
  const { user, membership } = await requireMembership(request)
  const slug = new URL(request.url).searchParams.get('to') ?? ''
  const found = await findIntroductionTarget(slug, membership.organisation.id)
  if (!found || found.organisation.id === membership.organisation.id) throw noTarget(request)
  return { user, membership, ...found }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, membership, organisation, open } = await loadTarget(request)
  const own = membership.organisation
  const locale = resolveLocale(request, user.locale)
  return json({
    target: {
      slug: organisation.slug,
      name: organisation.name,
      nameJa: organisation.nameJa,
      country: countryName(organisation.country, locale),
    },
    open,
    ownListed: isListed(own),
    purposes: await loadCooperationOptions(locale),
    timeZone: effectiveTimeZone(user.timeZone, own.region),
    expiryDays: getEnv().INTRODUCTION_EXPIRY_DAYS,
  })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, membership, organisation } = await loadTarget(request)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: introductionRequestSchema })
  if (filledHoneypot(formData)) {
    return json(submission.reply({ formErrors: [errorMessage('robotSubmission')] }), { status: 400 })
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
    return refusalReply(submission, error)
  }
}

export default function NewIntroductionPage() {
  const { target, open, ownListed, purposes, timeZone, expiryDays } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const t = useT().introductions.new
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
        ← <OrganisationName {...target} />
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">
        {t.heading} <OrganisationName {...target} />
      </h1>
      <p className="text-slate-700">
        <OrganisationName {...target} /> ({target.country}) {t.explain({ expiryDays })}
      </p>
      {open ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {t.alreadyOpen} <OrganisationName {...target} />{' '}
          <Link to={`/introductions/${open.id}`} className="font-medium underline">
            {t.open}
          </Link>
        </p>
      ) : !ownListed ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {t.notApproved}{' '}
          <Link to="/organisation" className="font-medium underline">
            {t.seeProfile}
          </Link>
        </p>
      ) : (
        <Form method="post" className="space-y-6" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <Honeypot />
          <PurposeAndMessage fields={fields} purposes={purposes} labels={t} />
          <SlotRows
            legend={t.slotsLegend}
            hint={t.slotsHint}
            timeZone={fields.timeZone}
            slots={fields.slots}
          />
          <div className="max-w-xs">
            <SubmitButton pending={pending}>{pending ? t.submitting : t.submit}</SubmitButton>
          </div>
        </Form>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
