import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { endOtherSessions, endOwnSession, listActiveSessions } from '~/modules/auth/sessions.server'
import { requireAuth } from '~/modules/auth/session.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { messagesFor } from '~/modules/i18n/messages'
import { pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { useClock } from '~/modules/i18n/use-clock'
import { describeUserAgent } from '~/utils/format'
import { readForm } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.account.sessions.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, session } = await requireAuth(request)
  return json({ sessions: await listActiveSessions(user.id, session.id) })
}

const sessionActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('end-one'), publicId: z.string().min(1) }),
  z.object({ intent: z.literal('end-others') }),
])

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = await requireAuth(request)
  const parsed = sessionActionSchema.safeParse(Object.fromEntries(await readForm(request, context)))
  if (!parsed.success) return json({ message: errorMessage('notUnderstood'), ok: false }, { status: 400 })
  const t = messagesFor(resolveLocale(request, user.locale)).account.sessions
  if (parsed.data.intent === 'end-others') {
    const ended = await endOtherSessions(user.id, session.id)
    return json({ ok: true, message: t.endedOthers({ count: ended }) })
  }
  const ended = await endOwnSession(user.id, parsed.data.publicId)
  return ended
    ? json({ ok: true, message: t.ended })
    : json({ ok: false, message: errorMessage('sessionAlreadyEnded') }, { status: 404 })
}

export default function SessionsPage() {
  const { sessions } = useLoaderData<typeof loader>()
  const locale = useLocale()
  const clock = useClock()
  const texts = useT()
  const t = texts.account.sessions
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  const others = sessions.filter((session) => !session.current)
  return (
    <section aria-labelledby="sessions-title" className="mx-auto max-w-3xl">
      <h1 id="sessions-title" className="text-2xl font-bold tracking-tight">
        {t.title}
      </h1>
      <p className="mt-2 text-slate-700">{t.intro}</p>
      <div aria-live="polite" className="mt-4 min-h-6">
        {result ? (
          <p className={result.ok ? 'text-leaf-700' : 'text-red-700'} role="status">
            {translateMessage(texts, result.message)}
          </p>
        ) : null}
      </div>
      <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {sessions.map((session) => (
          <li key={session.publicId} className="flex flex-wrap items-center justify-between gap-3 p-4">
            <div>
              <p className="font-medium">
                {describeUserAgent(session.userAgent, locale)}
                {session.current ? (
                  <span className="ml-2 rounded bg-leaf-600 px-2 py-0.5 text-xs font-semibold text-white">
                    {t.thisBrowser}
                  </span>
                ) : null}
              </p>
              <p className="text-sm text-slate-600">
                {t.started} {clock.at(session.createdAt)} · {t.lastActive} {clock.at(session.lastSeenAt)}
                {session.ipAddress ? (
                  <>
                    {' · '}
                    {t.from} {session.ipAddress}
                  </>
                ) : null}
              </p>
            </div>
            {session.current ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="end-one" />
                <input type="hidden" name="publicId" value={session.publicId} />
                <button
                  type="submit"
                  disabled={busy}
                  className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50"
                  aria-label={t.endOneLabel({
                    browser: describeUserAgent(session.userAgent, locale),
                    started: clock.at(session.createdAt),
                  })}
                >
                  {t.endOne}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <Form method="post" className="mt-4">
          <input type="hidden" name="intent" value="end-others" />
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800"
          >
            {t.endOthers({ count: others.length })}
          </button>
        </Form>
      ) : (
        <p className="mt-4 text-sm text-slate-600">{t.noOthers}</p>
      )}
    </section>
  )
}
