import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { EventCard, type EventCardData } from '~/components/events/event-card'
import { getOptionalUser } from '~/modules/auth/session.server'
import {
  eventCard,
  listPublicEvents,
  parseEventFilters,
  readerTimeZone,
  usedEventTopics,
} from '~/modules/events/event-views.server'
import { eventKinds } from '~/modules/events/event-fields'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { metaMessages } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'

export const meta: MetaFunction = ({ matches }) => {
  const t = metaMessages(matches)
  return [
    { title: t.common.pageTitle({ page: t.events.list.title }) },
    { name: 'description', content: t.events.list.intro },
  ]
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const locale = resolveLocale(request, user?.locale)
  const filters = parseEventFilters(new URL(request.url).searchParams)
  const [lists, topics, labels, timeZone] = await Promise.all([
    listPublicEvents(filters),
    usedEventTopics(),
    loadTermLabels(locale),
    readerTimeZone(user, locale),
  ])
  const options = (codes: string[], kind: keyof typeof labels) =>
    codes
      .map((code) => ({ value: code, label: labels[kind][code] ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label))
  return json({
    filters,
    signedIn: user !== null,
    upcoming: lists.upcoming.map((event) => eventCard(event, timeZone, locale)),
    past: lists.past.map((event) => eventCard(event, timeZone, locale)),
    topicGroups: [
      { kind: 'material' as const, options: options(topics.materials, 'material') },
      { kind: 'technology' as const, options: options(topics.technologies, 'technology') },
      { kind: 'role' as const, options: options(topics.roles, 'role') },
      { kind: 'stream' as const, options: options(topics.streams, 'stream') },
    ].filter((group) => group.options.length),
    markets: options(topics.markets, 'market'),
  })
}

/** A titled list of events, or a sentence when there are none. */
function EventSection({
  id,
  title,
  events,
  empty,
}: {
  id: string
  title: string
  events: EventCardData[]
  empty: string
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {events.length ? (
        <ul className="space-y-3">
          {events.map((event) => (
            <EventCard key={event.slug} event={event} />
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{empty}</p>
      )}
    </section>
  )
}

export default function EventsPage() {
  const { filters, upcoming, past, topicGroups, markets, signedIn } = useLoaderData<typeof loader>()
  const texts = useT()
  const t = texts.events.list
  const filtered = Boolean(filters.kind || filters.topic || filters.market)
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
          {signedIn ? (
            <Link to="/account/events" className="font-medium text-brand-700 underline">
              {t.myEvents}
            </Link>
          ) : null}
        </div>
        <p className="text-slate-700">{t.intro}</p>
      </div>
      <Form
        method="get"
        className="grid gap-3 rounded-lg bg-slate-50 p-4 sm:grid-cols-4 sm:items-end"
        aria-label={t.filters}
      >
        <label className="space-y-1 text-sm font-medium text-slate-800">
          <span className="block">{t.kind}</span>
          <select
            name="kind"
            defaultValue={filters.kind ?? ''}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">{t.anyKind}</option>
            {eventKinds.map((kind) => (
              <option key={kind} value={kind}>
                {texts.events.kinds[kind]}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm font-medium text-slate-800">
          <span className="block">{t.topic}</span>
          <select
            name="topic"
            defaultValue={filters.topic ?? ''}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">{t.anyTopic}</option>
            {topicGroups.map((group) => (
              <optgroup key={group.kind} label={t.topicKinds[group.kind]}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm font-medium text-slate-800">
          <span className="block">{t.market}</span>
          <select
            name="market"
            defaultValue={filters.market ?? ''}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">{t.anyMarket}</option>
            {markets.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t.apply}
          </button>
          {filtered ? (
            <Link
              to="/events"
              className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
            >
              {t.clear}
            </Link>
          ) : null}
        </div>
      </Form>
      <EventSection id="upcoming" title={t.upcoming} events={upcoming} empty={t.noUpcoming} />
      <EventSection id="past" title={t.past} events={past} empty={t.noPast} />
    </div>
  )
}
