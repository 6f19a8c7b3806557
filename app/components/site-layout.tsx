import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useEffect, useRef, type ReactNode } from 'react'
import { actsAsAdmin, actsAsStaff } from '~/modules/auth/roles'
import { useViewer } from '~/modules/auth/use-viewer'
import { useLocale, useT } from '~/modules/i18n/use-translation'

/** The header's links side by side on wide screens, one per row (tall enough to tap) in the phone menu. */
type Layout = 'bar' | 'stacked'

const linkClassFor =
  (layout: Layout) =>
  ({ isActive }: { isActive: boolean }) =>
    `rounded-md px-3 font-medium ${layout === 'bar' ? 'py-2 text-sm' : 'block py-3'} ${
      isActive ? 'bg-brand-50 text-brand-700' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
    }`

const listClass = (layout: Layout) =>
  layout === 'bar' ? 'flex flex-wrap items-center gap-1' : 'flex flex-col gap-1'

function MainNav({ layout }: { layout: Layout }) {
  const viewer = useViewer()
  const t = useT()
  const navLinkClass = linkClassFor(layout)
  return (
    <nav aria-label={t.common.nav.main} className={listClass(layout)}>
      <NavLink to="/" end className={navLinkClass}>
        {t.common.nav.home}
      </NavLink>
      <NavLink to="/events" className={navLinkClass}>
        {t.common.nav.events}
      </NavLink>
      {viewer ? (
        <>
          <NavLink to="/directory" className={navLinkClass}>
            {t.common.nav.directory}
          </NavLink>
          <NavLink to="/suggestions" className={navLinkClass}>
            {t.common.nav.suggestions}
          </NavLink>
          <NavLink to="/leads" className={navLinkClass}>
            {t.common.nav.leads}
          </NavLink>
          <NavLink to="/introductions" className={navLinkClass}>
            {t.common.nav.introductions}
          </NavLink>
          <NavLink to="/organisation" className={navLinkClass}>
            {t.common.nav.myOrganisation}
          </NavLink>
        </>
      ) : null}
      {viewer && actsAsStaff(viewer) ? (
        <NavLink to="/staff" className={navLinkClass}>
          {t.common.nav.staff}
        </NavLink>
      ) : null}
      {viewer && actsAsAdmin(viewer) ? (
        <NavLink to="/admin" className={navLinkClass}>
          {t.common.nav.admin}
        </NavLink>
      ) : null}
    </nav>
  )
}

/**
 * Switches to the other language and comes back to the same address: the choice is kept in a cookie
 * (and on the account when signed in). Works without JavaScript.
 */
function LanguageSwitch({ layout }: { layout: Layout }) {
  const locale = useLocale()
  const t = useT()
  const location = useLocation()
  const other = locale === 'en' ? 'ja' : 'en'
  return (
    <Form method="post" action="/language" reloadDocument>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="returnTo" value={`${location.pathname}${location.search}`} />
      <button
        type="submit"
        className={`rounded-md border border-slate-300 px-3 font-medium text-slate-700 hover:bg-slate-100 ${
          layout === 'bar' ? 'py-2 text-sm' : 'w-full py-3 text-left'
        }`}
      >
        <span className="sr-only">{t.common.language.switchLabel}: </span>
        <span lang={other}>{t.common.language.otherLanguageName}</span>
      </button>
    </Form>
  )
}

function AccountMenu({ layout }: { layout: Layout }) {
  const viewer = useViewer()
  const t = useT()
  const navLinkClass = linkClassFor(layout)
  if (!viewer) {
    return (
      <div className={layout === 'bar' ? 'flex items-center gap-2' : 'flex flex-col gap-2'}>
        <LanguageSwitch layout={layout} />
        <Link to="/login" className={navLinkClass({ isActive: false })}>
          {t.common.nav.logIn}
        </Link>
        <Link
          to="/signup"
          className={`rounded-md bg-brand-600 px-3 font-semibold text-white hover:bg-brand-700 ${
            layout === 'bar' ? 'py-2 text-sm' : 'block py-3'
          }`}
        >
          {t.common.nav.signUp}
        </Link>
      </div>
    )
  }
  return (
    <nav aria-label={t.common.nav.account} className={listClass(layout)}>
      <LanguageSwitch layout={layout} />
      <NavLink to="/notifications" className={navLinkClass}>
        {t.common.nav.notifications}
        {viewer.unreadNotifications ? (
          <span className="ml-1 rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
            {viewer.unreadNotifications}
            <span className="sr-only"> {t.common.nav.unread}</span>
          </span>
        ) : null}
      </NavLink>
      <NavLink to="/account/preferences" className={navLinkClass}>
        {t.common.nav.preferences}
      </NavLink>
      <NavLink to="/account/security" className={navLinkClass}>
        {t.common.nav.security}
      </NavLink>
      <NavLink to="/account/sessions" className={navLinkClass}>
        <span className="sr-only">{t.common.nav.signedInAs} </span>
        <span translate="no">{viewer.displayName}</span>
        <span className="ml-1 text-xs text-slate-600">({t.common.roles[viewer.role]})</span>
      </NavLink>
      <Form method="post" action="/logout">
        <button
          type="submit"
          className={`rounded-md border border-slate-300 px-3 font-medium text-slate-700 hover:bg-slate-100 ${
            layout === 'bar' ? 'py-2 text-sm' : 'w-full py-3 text-left'
          }`}
        >
          {t.common.nav.logOut}
        </button>
      </Form>
    </nav>
  )
}

/**
 * Below the wide layout, the header's links fold into one "Menu" button (a native disclosure, so it works
 * before the scripts load); it folds again after each navigation.
 */
function PhoneMenu() {
  const t = useT().common.nav
  const viewer = useViewer()
  const location = useLocation()
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (menu.current) menu.current.open = false
  }, [location.key])
  return (
    <details ref={menu} className="group w-full lg:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-end gap-2 font-medium text-slate-800 [&::-webkit-details-marker]:hidden">
        <span className="rounded-md border border-slate-300 px-4 py-2">
          {t.menu}
          {viewer?.unreadNotifications ? (
            <span className="ml-2 rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
              {viewer.unreadNotifications}
              <span className="sr-only"> {t.unread}</span>
            </span>
          ) : null}
        </span>
      </summary>
      <div className="mt-3 space-y-4 border-t border-slate-200 pt-3">
        <MainNav layout="stacked" />
        <div className="border-t border-slate-200 pt-3">
          <AccountMenu layout="stacked" />
        </div>
      </div>
    </details>
  )
}

export function SiteLayout({ children }: { children: ReactNode }) {
  const t = useT()
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t.common.skipToContent}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-4">
            <Link to="/" className="flex min-h-11 items-center gap-2 font-semibold text-brand-900">
              <img src="/favicon.svg" alt="" className="h-7 w-7" />
              {t.common.appName}
            </Link>
            <div className="hidden lg:block">
              <MainNav layout="bar" />
            </div>
          </div>
          <div className="hidden lg:block">
            <AccountMenu layout="bar" />
          </div>
          <PhoneMenu />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl min-w-0 flex-1 px-4 py-8" tabIndex={-1}>
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white print:hidden">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">{t.common.footer}</div>
      </footer>
    </>
  )
}
