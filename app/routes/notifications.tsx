import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { requireUser } from '~/modules/auth/session.server'
import { listNotifications, markAllRead } from '~/modules/notifications/notifications.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { useClock } from '~/modules/i18n/use-clock'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.account.notifications.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return json({ notifications: await listNotifications(user.id, resolveLocale(request, user.locale)) })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  await markAllRead(user.id)
  return redirect('/notifications')
}

export default function NotificationsPage() {
  const { notifications } = useLoaderData<typeof loader>()
  const clock = useClock()
  const t = useT().account.notifications
  const unread = notifications.filter((notification) => !notification.readAt).length
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        {unread ? (
          <Form method="post">
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100"
            >
              {t.markAllRead}
            </button>
          </Form>
        ) : null}
      </div>
      {notifications.length === 0 ? (
        <p className="text-slate-700">{t.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {notifications.map((notification) => (
            <li key={notification.id} className={`p-4 ${notification.readAt ? '' : 'bg-brand-50'}`}>
              <p>
                {notification.readAt ? null : <span className="sr-only">{t.unread} </span>}
                {notification.link ? (
                  <Link to={notification.link} className="underline">
                    {notification.text}
                  </Link>
                ) : (
                  notification.text
                )}
              </p>
              <p className="mt-1 text-xs text-slate-600">{clock.at(notification.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
