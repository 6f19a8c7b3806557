import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { EventCard, type EventCardData } from '~/components/events/event-card'
import { MemberHomePage } from '~/components/home/member-home'
import { StaffHomePage, StaffNeedsTwoFactor } from '~/components/home/staff-home'
import { actsAsStaff, hasStaffRole } from '~/modules/auth/roles'
import { getOptionalUser } from '~/modules/auth/session.server'
import { homeEvents, readerTimeZone } from '~/modules/events/event-views.server'
import { memberHome } from '~/modules/home/member-home.server'
import { staffHome } from '~/modules/home/staff-home.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { useViewer } from '~/modules/auth/use-viewer'
import { metaMessages, pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { formatList } from '~/utils/format'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaMessages(matches)
  return data?.kind === 'visitor' ? [{ title: t.auth.home.title }] : pageTitle(matches, (t) => t.home.title)
}

/** Visitors get the introduction to the product; members and staff get their own home. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const locale = resolveLocale(request, user?.locale)
  if (!user) return json({ kind: 'visitor' as const, ...(await homeEvents(null, locale)) })
  const timeZone = await readerTimeZone(user, locale)
  if (actsAsStaff(user)) return json({ kind: 'staff' as const, home: await staffHome(timeZone, locale) })
  if (hasStaffRole(user.role)) return json({ kind: 'staff-without-second-factor' as const })
  return json({ kind: 'member' as const, home: await memberHome(user, timeZone, locale) })
}

/** The reader's next registered events, else the next public ones. */
function NextEvents({ mine, upcoming }: { mine: EventCardData[]; upcoming: EventCardData[] }) {
  const t = useT().events
  const events = mine.length ? mine : upcoming
  if (!events.length) return null
  return (
    <section aria-labelledby="events-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="events-title" className="text-2xl font-bold tracking-tight">
          {mine.length ? t.home.mine : t.home.upcoming}
        </h2>
        <Link
          to={mine.length ? '/account/events' : '/events'}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {t.home.all}
        </Link>
      </div>
      <ul className="grid gap-3 md:grid-cols-3">
        {events.map((event) => (
          <EventCard key={event.slug} event={event} />
        ))}
      </ul>
    </section>
  )
}

function CallToAction() {
  const t = useT().auth.home
  return (
    <div className="mt-8 flex flex-wrap gap-3">
      <Link
        to="/signup"
        className="rounded-md bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
      >
        {t.createAccount}
      </Link>
      <Link
        to="/login"
        className="rounded-md border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-100"
      >
        {t.logIn}
      </Link>
    </div>
  )
}

function SignedInHome({ children }: { children: ReactNode }) {
  const viewer = useViewer()
  const t = useT().home
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">
          {t.greeting.before}
          <span translate="no">{viewer?.displayName}</span>
          {t.greeting.after}
        </h1>
      </div>
      {children}
    </div>
  )
}

export default function HomePage() {
  const data = useLoaderData<typeof loader>()
  if (data.kind === 'member')
    return (
      <SignedInHome>
        <MemberHomePage home={data.home} />
      </SignedInHome>
    )
  if (data.kind === 'staff')
    return (
      <SignedInHome>
        <StaffHomePage home={data.home} />
      </SignedInHome>
    )
  if (data.kind === 'staff-without-second-factor')
    return (
      <SignedInHome>
        <StaffNeedsTwoFactor />
      </SignedInHome>
    )
  return <VisitorHome mine={data.mine} upcoming={data.upcoming} />
}

function VisitorHome(events: { mine: EventCardData[]; upcoming: EventCardData[] }) {
  const t = useT().auth.home
  const locale = useLocale()
  return (
    <div className="space-y-16">
      <section aria-labelledby="hero-title" className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-leaf-700 uppercase">{t.eyebrow}</p>
        <h1 id="hero-title" className="mt-2 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          {t.heading}
        </h1>
        <p className="mt-6 text-lg text-slate-700">{t.intro}</p>
        <CallToAction />
      </section>

      <NextEvents {...events} />

      <section aria-labelledby="how-title" className="grid gap-6 md:grid-cols-3">
        <h2 id="how-title" className="sr-only">
          {t.howItWorks}
        </h2>
        {t.steps.map((step) => (
          <article key={step.title} className="rounded-lg border border-slate-200 bg-white p-6">
            <h3 className="text-lg font-semibold">{step.title}</h3>
            <p className="mt-2 text-slate-700">{step.text}</p>
          </article>
        ))}
      </section>

      <section aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title" className="text-2xl font-bold tracking-tight">
          {t.lifecycleTitle}
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {t.lifecycle.map((stage) => (
            <li key={stage.name} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold text-brand-900">{stage.name}</h3>
              <p className="mt-1 text-sm text-slate-700">{stage.text}</p>
            </li>
          ))}
        </ol>
        <p className="mt-6 text-slate-700">
          {t.metalsInFocus} <span className="font-medium">{formatList(t.metals, locale)}</span>
        </p>
      </section>

      <section aria-labelledby="centre-title" className="rounded-lg bg-brand-900 p-8 text-white">
        <h2 id="centre-title" className="text-2xl font-bold">
          {t.centreTitle}
        </h2>
        <p className="mt-3 max-w-3xl text-brand-100">{t.centreText}</p>
      </section>
    </div>
  )
}
