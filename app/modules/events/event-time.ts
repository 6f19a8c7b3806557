import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import {
  brusselsTimeZone,
  calendarDateIn,
  clockTimeIn,
  tokyoTimeZone,
  zoneCity,
} from '~/modules/introductions/meeting-time'

export type EventTimeView = {
  /** In the reader's zone, named: "Tue 23 Jun 2026, 09:30–11:30 (Brussels time)". */
  local: string
  /** The way the Centre writes it: "Tue 23 Jun 2026: 09:30 in Brussels (16:30 in Tokyo)". */
  centre: string
  startsAtIso: string
  endsAtIso: string
}

/** When an event takes place, for a reader in `timeZone`, with Brussels and Tokyo side by side. */
export function describeEventTime(
  startsAt: Date | string,
  endsAt: Date | string,
  timeZone: string,
  locale: Locale,
): EventTimeView {
  const t = messagesFor(locale).events.times
  const [start, end] = [new Date(startsAt), new Date(endsAt)]
  const startDate = calendarDateIn(start, timeZone, locale)
  const endDate = calendarDateIn(end, timeZone, locale)
  const brusselsDate = calendarDateIn(start, brusselsTimeZone, locale)
  const tokyoDate = calendarDateIn(start, tokyoTimeZone, locale)
  return {
    local: t.local({
      date: startDate,
      start: clockTimeIn(start, timeZone),
      end: clockTimeIn(end, timeZone),
      endDate: endDate === startDate ? null : endDate,
      city: zoneCity(timeZone, locale),
    }),
    centre: t.centre({
      date: brusselsDate,
      brussels: clockTimeIn(start, brusselsTimeZone),
      tokyo: clockTimeIn(start, tokyoTimeZone),
      tokyoDate: tokyoDate === brusselsDate ? null : tokyoDate,
    }),
    startsAtIso: start.toISOString(),
    endsAtIso: end.toISOString(),
  }
}

/** An event's title in the reader's language. */
export const eventTitleIn = (event: { title: string; titleJa: string | null }, locale: Locale) =>
  locale === 'ja' && event.titleJa ? event.titleJa : event.title
