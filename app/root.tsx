import {
  json,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import {
  isRouteErrorResponse,
  Links,
  LiveReload,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from '@remix-run/react'
import { useEffect, type ReactNode } from 'react'
import { ErrorPage } from './components/error-page'
import { SiteLayout } from './components/site-layout'
import { useNonce } from './components/nonce'
import { getRequestAuth } from './modules/auth/session.server'
import { resolveLocale } from './modules/i18n/locale.server'
import { messagesFor } from './modules/i18n/messages'
import { useLocale } from './modules/i18n/use-translation'
import { readerTimeZone } from './modules/events/event-views.server'
import { countUnread } from './modules/notifications/notifications.server'
import stylesheet from './styles/generated.css'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = messagesFor(data?.locale ?? 'en')
  return [{ title: t.common.appName }, { name: 'description', content: t.common.appDescription }]
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, setCookie } = await getRequestAuth(request)
  const locale = resolveLocale(request, user?.locale)
  const [unreadNotifications, timeZone] = await Promise.all([
    user ? countUnread(user.id) : 0,
    readerTimeZone(user, locale),
  ])
  const viewer = user
    ? {
        id: user.id,
        displayName: user.displayName,
        email: user.email,
        role: user.role,
        twoFactorEnabled: user.twoFactorEnabled,
        unreadNotifications,
      }
    : null
  const headers = new Headers()
  if (setCookie) headers.set('Set-Cookie', setCookie)
  // The page depends on these request headers (language): caches must not mix the variants.
  headers.set('Vary', 'Cookie, Accept-Language')
  return json({ viewer, locale, timeZone }, { headers })
}

// The session cookie refreshed by the loader above must reach the browser on page loads too.
export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const headers = new Headers()
  const setCookie = loaderHeaders.get('Set-Cookie')
  if (setCookie) headers.set('Set-Cookie', setCookie)
  const vary = loaderHeaders.get('Vary')
  if (vary) headers.set('Vary', vary)
  return headers
}

export type RootLoader = typeof loader

function Document({ children }: { children: ReactNode }) {
  const nonce = useNonce()
  const locale = useLocale()
  return (
    <html lang={locale} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col bg-slate-50 text-slate-900 antialiased">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
        <LiveReload nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  // Lets end-to-end tests (and styles) know when the page has become interactive.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return (
    <Document>
      <SiteLayout>
        <Outlet />
      </SiteLayout>
    </Document>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  // The server logs its own errors (entry.server's handleError); this reports the browser's.
  if (typeof document !== 'undefined' && !isRouteErrorResponse(error)) console.error(error)
  return (
    <Document>
      <SiteLayout>
        <ErrorPage error={error} />
      </SiteLayout>
    </Document>
  )
}
