import { getFormProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { FormErrors, SelectField, SubmitButton } from '~/components/forms'
import { savePreferences } from '~/modules/auth/accounts.server'
import { requireUser } from '~/modules/auth/session.server'
import { localeCookie, resolveLocale } from '~/modules/i18n/locale.server'
import { locales } from '~/modules/i18n/locales'
import { errorMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { effectiveTimeZone, isTimeZoneChoice, timeZoneChoices } from '~/modules/introductions/meeting-time'
import { getMembership } from '~/modules/profiles/profiles.server'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { getEmailChoices, saveEmailChoices } from '~/modules/email/email-preferences.server'
import { emailFrequencies, emailTopics, emailTopicsFor, type EmailTopic } from '~/modules/email/email-topics'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.account.preferences.title)

const frequency = z.enum(emailFrequencies, { error: errorMessage('notUnderstood') }).optional()

const preferencesSchema = z.object({
  locale: z.enum(locales, { error: errorMessage('notUnderstood') }),
  timeZone: z
    .string({ error: errorMessage('timeZoneInvalid') })
    .refine(isTimeZoneChoice, errorMessage('timeZoneInvalid')),
  emails: z
    .object(
      Object.fromEntries(emailTopics.map((topic) => [topic, frequency])) as Record<
        EmailTopic,
        typeof frequency
      >,
    )
    .default({}),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const membership = await getMembership(user.id)
  return json({
    locale: user.locale ?? resolveLocale(request),
    timeZone: effectiveTimeZone(user.timeZone, membership?.organisation.region),
    emails: await getEmailChoices(user.id),
    topics: emailTopicsFor(user.role),
  })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request, context), { schema: preferencesSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  const { emails, ...preferences } = submission.value
  await savePreferences(user.id, preferences)
  await saveEmailChoices(user, emails)
  // The cookie follows the account, so the pages stay in this language after logging out.
  return redirect('/account/preferences?saved=1', {
    headers: { 'Set-Cookie': localeCookie(submission.value.locale) },
  })
}

export default function PreferencesPage() {
  const { locale, timeZone, emails, topics } = useLoaderData<typeof loader>()
  const texts = useT()
  const t = texts.account.preferences
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm({
    id: 'preferences',
    lastResult,
    defaultValue: { locale, timeZone, emails },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: preferencesSchema }),
  })
  const emailFields = fields.emails.getFieldset()
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      <div aria-live="polite">
        {searchParams.get('saved') ? <SuccessMessage>{t.saved}</SuccessMessage> : null}
      </div>
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <SelectField
          label={t.language}
          field={fields.locale}
          selectProps={getSelectProps(fields.locale)}
          options={locales.map((value) => ({ value, label: texts.common.language.names[value] }))}
        />
        <SelectField
          label={t.timeZone}
          hint={t.timeZoneHint}
          field={fields.timeZone}
          selectProps={getSelectProps(fields.timeZone)}
          options={timeZoneChoices.map((zone) => ({
            value: zone,
            label: texts.introductions.zoneOption({ zone }),
          }))}
        />
        <fieldset className="space-y-4 border-t border-slate-200 pt-5">
          <legend className="float-left mb-2 w-full text-lg font-semibold">
            {texts.account.emails.legend}
          </legend>
          <p className="clear-both text-sm text-slate-600">{texts.account.emails.intro}</p>
          {topics.map((topic) => {
            const field = emailFields[topic]
            return (
              <SelectField
                key={topic}
                label={texts.account.emails.topics[topic]}
                field={field}
                selectProps={getSelectProps(field)}
                options={emailFrequencies.map((value) => ({
                  value,
                  label: texts.account.emails.frequencies[value],
                }))}
              />
            )
          })}
        </fieldset>
        <div className="max-w-xs">
          <SubmitButton pending={pending}>{t.submit}</SubmitButton>
        </div>
      </Form>
    </div>
  )
}
