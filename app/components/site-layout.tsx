import { Form, Link, NavLink } from '@remix-run/react'
import type { ReactNode } from 'react'
import { hasAdminAccess, hasStaffAccess } from '~/modules/auth/roles'
import { useViewer } from '~/modules/auth/use-viewer'

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium ${
    isActive ? 'bg-brand-50 text-brand-700' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
  }`

function MainNav() {
  const viewer = useViewer()
  return (
    <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
      <NavLink to="/" end className={navLinkClass}>
        Home
      </NavLink>
      {viewer ? (
        <>
          <NavLink to="/directory" className={navLinkClass}>
            Directory
          </NavLink>
          <NavLink to="/suggestions" className={navLinkClass}>
            Suggested partners
          </NavLink>
          <NavLink to="/leads" className={navLinkClass}>
            Third-country leads
          </NavLink>
          <NavLink to="/introductions" className={navLinkClass}>
            Introductions
          </NavLink>
          <NavLink to="/organisation" className={navLinkClass}>
            My organisation
          </NavLink>
        </>
      ) : null}
      {viewer && hasStaffAccess(viewer.role) ? (
        <NavLink to="/staff" className={navLinkClass}>
          Staff workspace
        </NavLink>
      ) : null}
      {viewer && hasAdminAccess(viewer.role) ? (
        <NavLink to="/admin" className={navLinkClass}>
          Administration
        </NavLink>
      ) : null}
    </nav>
  )
}

function AccountMenu() {
  const viewer = useViewer()
  if (!viewer) {
    return (
      <div className="flex items-center gap-2">
        <Link
          to="/login"
          className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          Log in
        </Link>
        <Link
          to="/signup"
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Sign up
        </Link>
      </div>
    )
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <NavLink to="/notifications" className={navLinkClass}>
        Notifications
        {viewer.unreadNotifications ? (
          <span className="ml-1 rounded-full bg-red-600 px-2 py-0.5 text-xs font-semibold text-white">
            {viewer.unreadNotifications}
            <span className="sr-only"> unread</span>
          </span>
        ) : null}
      </NavLink>
      <NavLink to="/account/preferences" className={navLinkClass}>
        Preferences
      </NavLink>
      <NavLink to="/account/security" className={navLinkClass}>
        Security
      </NavLink>
      <NavLink to="/account/sessions" className={navLinkClass}>
        <span className="sr-only">Signed in as </span>
        {viewer.displayName}
        <span className="ml-1 text-xs text-slate-500">({viewer.role})</span>
      </NavLink>
      <Form method="post" action="/logout">
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          Log out
        </button>
      </Form>
    </div>
  )
}

export function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-4">
            <Link to="/" className="flex items-center gap-2 font-semibold text-brand-900">
              <img src="/favicon.svg" alt="" className="h-7 w-7" />
              EU-Japan Circular Metals
            </Link>
            <MainNav />
          </div>
          <AccountMenu />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8" tabIndex={-1}>
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
          A matchmaking service for EU-Japan cooperation on the circular economy of strategic metals,
          facilitated by the EU-Japan Centre for Industrial Cooperation.
        </div>
      </footer>
    </>
  )
}
