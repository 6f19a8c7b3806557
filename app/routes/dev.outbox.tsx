import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireStaff } from '~/modules/auth/session.server'
import { listOutbox } from '~/modules/email/outbox.server'
import { getEnv, isProduction } from '~/utils/env.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { readerTimeZone } from '~/modules/events/event-views.server'
import { stampIn } from '~/modules/introductions/meeting-time'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.account.outbox.title)

/** Development only: the emails the app wrote, since without SMTP_URL none leaves the machine. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request)
  const locale = resolveLocale(request, user.locale)
  const timeZone = await readerTimeZone(user, locale)
  if (isProduction()) throw new Response(null, { status: 404, statusText: 'Not Found' })
  const emails = await listOutbox(user.id)
  return json({
    smtpConfigured: Boolean(getEnv().SMTP_URL),
    emails: emails.map((email) => ({
      id: email.id,
      to: email.toAddress,
      locale: email.locale,
      subject: email.subject,
      text: email.text,
      hasHtml: Boolean(email.html),
      status: email.status,
      attempts: email.attempts,
      lastError: email.lastError,
      createdAt: stampIn(email.createdAt, timeZone, locale),
      attachment: (email.attachment as { filename?: string } | null)?.filename ?? null,
    })),
  })
}

/** An email's text with its web addresses as links, so that a developer can follow them. */
function LinkedText({ text }: { text: string }) {
  return text.split(/(https?:\/\/[^\s<>"]+)/).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="break-all text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  )
}

export default function OutboxPage() {
  const { emails, smtpConfigured } = useLoaderData<typeof loader>()
  const t = useT().account.outbox
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-1 text-slate-700">{smtpConfigured ? t.smtpSet : t.smtpUnset}</p>
      </div>
      {emails.length ? (
        <ul className="space-y-4">
          {emails.map((email) => (
            <li key={email.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">
                {email.createdAt} · {t.to} {email.to} · {email.locale} · {t.statuses[email.status]}
                {email.attempts > 1 ? <> · {t.attempts({ count: email.attempts })}</> : null}
              </p>
              <h2 className="font-semibold" lang={email.locale} translate="no">
                {email.subject}
              </h2>
              {email.text === null ? (
                <p className="mt-2 text-sm text-slate-600 italic">{t.hiddenSensitive}</p>
              ) : (
                <pre
                  lang={email.locale}
                  translate="no"
                  className="mt-2 font-sans text-sm whitespace-pre-wrap text-slate-800"
                >
                  <LinkedText text={email.text} />
                </pre>
              )}
              {email.hasHtml ? (
                <a
                  href={`/dev/outbox/${email.id}.html`}
                  target="_blank"
                  rel="noreferrer"
                  className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
                >
                  {t.htmlPart}
                </a>
              ) : null}
              {email.attachment ? (
                <p className="mt-2 text-sm text-slate-700">
                  {t.attachment} <span translate="no">{email.attachment}</span>
                </p>
              ) : null}
              {email.lastError ? (
                <p className="mt-2 text-sm text-red-700">
                  {t.lastError} {email.lastError}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t.empty}</p>
      )}
    </div>
  )
}
