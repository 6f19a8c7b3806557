import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { AuthCard } from '~/components/auth-card'
import { readUnsubscribeLink, unsubscribe } from '~/modules/email/email-preferences.server'
import { digestTopic, type EmailTopic } from '~/modules/email/email-topics'
import { readForm } from '~/modules/security/form-data.server'
import { isLocale } from '~/modules/i18n/locales'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { notificationEmailTexts } from '~/modules/notifications/notification-email-texts'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.account.unsubscribe.title)

const readLink = (request: Request, token: string | undefined) =>
  readUnsubscribeLink(token, new URL(request.url).searchParams.get('topic'))

// Opening the link changes nothing (mail scanners open links): the button, or the mail program's one-click
// POST (RFC 8058), does.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const link = await readLink(request, params.token)
  if (!link) return json({ valid: false as const }, { status: 404 })
  const locale = resolveLocale(request, isLocale(link.person.locale) ? link.person.locale : null)
  return json({
    valid: true as const,
    email: link.person.email,
    digest: link.topic === digestTopic,
    topicName:
      link.topic === digestTopic ? null : notificationEmailTexts[locale].topic[link.topic as EmailTopic],
  })
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const link = await readLink(request, params.token)
  if (!link) return json({ done: false }, { status: 404 })
  // The body says nothing we need (a mail program sends "List-Unsubscribe=One-Click"), but a hostile one
  // is refused like any form's.
  await readForm(request, context)
  await unsubscribe(link.person, link.topic)
  return json({ done: true })
}

export default function UnsubscribePage() {
  const t = useT().account.unsubscribe
  const page = useLoaderData<typeof loader>()
  const done = useActionData<typeof action>()?.done
  return (
    <AuthCard title={t.title}>
      {!page.valid ? (
        <p role="alert" className="text-slate-800">
          {t.invalid}
        </p>
      ) : done ? (
        <p role="status" className="text-slate-800">
          {page.digest ? t.digestDone : t.done({ topic: page.topicName ?? '' })}
        </p>
      ) : (
        <Form method="post" className="space-y-4">
          <p className="text-slate-800">
            {page.digest
              ? t.digestQuestion({ email: page.email })
              : t.question({ topic: page.topicName ?? '', email: page.email })}
          </p>
          <p className="text-sm text-slate-600">{t.keep}</p>
          <button
            type="submit"
            className="min-h-11 w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t.submit}
          </button>
        </Form>
      )}
      <p className="mt-4">
        <Link to="/account/preferences" className="inline-block py-2.5 font-medium text-brand-700 underline">
          {t.preferences}
        </Link>
      </p>
    </AuthCard>
  )
}
