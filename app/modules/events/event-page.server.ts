import type { RoleHolder } from '~/modules/auth/roles'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import {
  clockTimeIn,
  brusselsTimeZone,
  tokyoTimeZone,
  dateTimeIn,
} from '~/modules/introductions/meeting-time'
import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'
import type { AgendaItem, EventContact } from './event-fields'
import { mayCancelRegistration, phaseOf, registrationRefusal } from './event-status'
import { describeEventTime, eventTitleIn } from './event-time'
import { eventForReader, readerTimeZone } from './event-views.server'

type Reader = (RoleHolder & { id: string; timeZone: string | null }) | null

/**
 * The event page's data for one reader, written in their language and zone: what the event is, when
 * and where, its agenda, who may do what about registering, and the reader's organisation's registrations.
 */
export async function eventPageData(slug: string, reader: Reader, locale: Locale, now = new Date()) {
  const found = await eventForReader(slug, reader)
  const { event } = found
  const [labels, timeZone] = await Promise.all([loadTermLabels(locale), readerTimeZone(reader, locale)])
  const t = messagesFor(locale).events
  const pick = (en: string | null, ja: string | null) => (locale === 'ja' && ja ? ja : en)
  const refusal = registrationRefusal(event, now)
  const registration = !reader
    ? ({ state: 'visitor' } as const)
    : !found.organisation
      ? ({ state: 'noOrganisation' } as const)
      : !found.organisation.listed
        ? ({ state: 'notApproved' } as const)
        : refusal
          ? ({ state: 'closed', reason: refusal } as const)
          : ({
              state: 'open',
              colleagues: found.organisation.colleagues,
              askMode: event.format === 'hybrid',
              question: pick(event.question, event.questionJa) ?? t.page.questionDefault,
            } as const)
  const at = (instant: Date) => dateTimeIn(instant, timeZone, locale)
  return {
    event: {
      id: event.id,
      slug: event.slug,
      kind: event.kind,
      format: event.format,
      phase: phaseOf(event, now),
      title: eventTitleIn(event, locale),
      titleEn: event.title,
      description: pick(event.description, event.descriptionJa)!,
      city: event.city,
      venue: event.venue,
      meetingUrl: event.meetingUrl,
      linkHidden: found.linkHidden,
      time: describeEventTime(event.startsAt, event.endsAt, timeZone, locale),
      agenda: (event.agenda as AgendaItem[]).map((item) => ({
        time: t.times.agendaTime({
          local: clockTimeIn(item.startsAt, timeZone),
          brussels: clockTimeIn(item.startsAt, brusselsTimeZone),
          tokyo: clockTimeIn(item.startsAt, tokyoTimeZone),
        }),
        startsAtIso: item.startsAt,
        title: pick(item.title, item.titleJa)!,
        speakers: item.speakers,
      })),
      contacts: event.contacts as EventContact[],
      topics: [
        ...event.materials.map((code) => labels.material[code] ?? code),
        ...event.technologies.map((code) => labels.technology[code] ?? code),
        ...event.roles.map((code) => labels.role[code] ?? code),
        ...event.streams.map((code) => labels.stream[code] ?? code),
      ],
      markets: event.markets.map((code) => labels.market[code] ?? code),
      capacity: event.capacity,
      free: event.capacity === null ? null : Math.max(0, event.capacity - found.taken),
      needsApproval: event.needsApproval,
      opens:
        event.registrationOpensAt && event.registrationOpensAt > now ? at(event.registrationOpensAt) : null,
      closes:
        event.registrationClosesAt && event.registrationClosesAt > now
          ? at(event.registrationClosesAt)
          : null,
      startsAtIso: event.startsAt.toISOString(),
      endsAtIso: event.endsAt.toISOString(),
      status: event.status,
    },
    staff: found.staff,
    // A confirmed participant of a brokerage event books, or states wishes for, one-to-one meetings.
    meetings:
      event.kind === 'brokerage' &&
      event.status === 'published' &&
      reader !== null &&
      found.ownRegistrations.some((r) => r.user.id === reader.id && r.status === 'approved'),
    registration,
    ownRegistrations: found.ownRegistrations.map((r) => ({
      id: r.id,
      status: r.status,
      mode: r.mode,
      person: r.user.displayName,
      declineReason: r.declineReason,
      mayCancel: mayCancelRegistration(r, event, now),
    })),
    participants:
      found.participants?.map((organisation) => ({
        slug: organisation.slug,
        name: organisationNameIn(organisation, locale),
        country: organisation.country,
      })) ?? null,
  }
}
