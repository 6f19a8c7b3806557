import { Link } from '@remix-run/react'
import { useT } from '~/modules/i18n/use-translation'
import type { EventPhase } from '~/modules/events/event-status'

export type EventCardData = {
  slug: string
  kind: 'webinar' | 'brokerage' | 'mission' | 'workshop'
  format: 'online' | 'in_person' | 'hybrid'
  city: string | null
  title: string
  phase: EventPhase
  time: { local: string; centre: string; startsAtIso: string }
}

const phaseStyles: Record<EventPhase, string> = {
  draft: 'bg-slate-200 text-slate-800',
  upcoming: 'bg-emerald-100 text-emerald-900',
  ongoing: 'bg-sky-100 text-sky-900',
  past: 'bg-slate-100 text-slate-700',
  cancelled: 'bg-red-100 text-red-900',
}

export function EventPhaseBadge({ phase }: { phase: EventPhase }) {
  const t = useT().events
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${phaseStyles[phase]}`}>
      {t.phases[phase]}
    </span>
  )
}

/** One event in a list: kind, title, when (the reader's zone and the Centre's way), where. */
export function EventCard({ event, extra }: { event: EventCardData; extra?: React.ReactNode }) {
  const t = useT().events
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span className="font-medium text-brand-700">{t.kinds[event.kind]}</span>
        <span aria-hidden="true">·</span>
        <span translate="no">
          {event.format === 'online'
            ? t.formats.online
            : [event.city, t.formats[event.format]].filter(Boolean).join(', ')}
        </span>
        {event.phase !== 'upcoming' ? <EventPhaseBadge phase={event.phase} /> : null}
      </div>
      <h3 className="mt-1 text-lg font-semibold">
        <Link to={`/events/${event.slug}`} className="-my-2 inline-block py-2 hover:underline" translate="no">
          {event.title}
        </Link>
      </h3>
      <p className="text-slate-800">
        <time dateTime={event.time.startsAtIso}>{event.time.local}</time>
      </p>
      <p className="text-sm text-slate-600">{event.time.centre}</p>
      {extra}
    </li>
  )
}
