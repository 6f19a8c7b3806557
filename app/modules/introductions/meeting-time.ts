import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { ja } from 'date-fns/locale/ja'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'

export const brusselsTimeZone = 'Europe/Brussels'
export const tokyoTimeZone = 'Asia/Tokyo'

/**
 * The zones a person can enter meeting times in: a fixed list (not Intl's), so that the form renders
 * the same on the server and in every browser.
 */
export const timeZoneChoices = [
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Athens',
  'Europe/Berlin',
  'Europe/Bucharest',
  'Europe/Budapest',
  'Europe/Copenhagen',
  'Europe/Dublin',
  'Europe/Helsinki',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Luxembourg',
  'Europe/Madrid',
  'Europe/Paris',
  'Europe/Prague',
  'Europe/Riga',
  'Europe/Rome',
  'Europe/Sofia',
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Vienna',
  'Europe/Vilnius',
  'Europe/Warsaw',
  'Europe/Zagreb',
  'Asia/Tokyo',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Jakarta',
  'Asia/Kolkata',
  'Asia/Kuala_Lumpur',
  'Asia/Manila',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'Africa/Nairobi',
  'America/Mexico_City',
  'America/New_York',
  'America/Santiago',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'UTC',
] as const

export type TimeZoneChoice = (typeof timeZoneChoices)[number]

export const isTimeZoneChoice = (value: unknown): value is TimeZoneChoice =>
  timeZoneChoices.includes(value as TimeZoneChoice)

/** A person's zone: their own choice, else their organisation's side of the world. */
export function effectiveTimeZone(chosen: string | null | undefined, region: string | null | undefined) {
  if (isTimeZoneChoice(chosen)) return chosen
  return region === 'jp' ? tokyoTimeZone : brusselsTimeZone
}

export class NonexistentLocalTimeError extends Error {}

/**
 * The instant at which a wall clock in `timeZone` shows `date` ("2027-03-26") and `time` ("09:30").
 * A time skipped when clocks go forward does not exist and is refused rather than silently moved.
 */
export function wallClockToInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  if ([year, month, day, hours, minutes].some((part) => part === undefined || Number.isNaN(part))) {
    throw new RangeError(`Not a date and time: ${date} ${time}`)
  }
  const zoned = new TZDate(year!, month! - 1, day!, hours!, minutes!, timeZone)
  if (zoned.getDate() !== day || zoned.getHours() !== hours || zoned.getMinutes() !== minutes) {
    throw new NonexistentLocalTimeError(
      `${time} on ${date} does not exist in ${timeZone}: the clocks change then.`,
    )
  }
  return new Date(zoned.getTime())
}

const inZone = (instant: Date | string, timeZone: string) => new TZDate(new Date(instant).getTime(), timeZone)

/** "09:30" in the given zone. */
export const clockTimeIn = (instant: Date | string, timeZone: string) =>
  format(inZone(instant, timeZone), 'HH:mm')

/** "Fri 26 Mar 2027" (or "2027年3月26日(金)") in the given zone: date-fns, so server and browser agree. */
export const calendarDateIn = (instant: Date | string, timeZone: string, locale: Locale = 'en') =>
  locale === 'ja'
    ? format(inZone(instant, timeZone), 'yyyy年M月d日(EEE)', { locale: ja })
    : format(inZone(instant, timeZone), 'EEE d MMM yyyy')

/** A zone's city in the reader's language: "Lisbon", "リスボン". */
export const zoneCity = (timeZone: string, locale: Locale = 'en') =>
  messagesFor(locale).introductions.zoneCities[timeZone] ?? timeZone.split('/').at(-1)!.replaceAll('_', ' ')

export type MeetingTimeView = {
  /** In the viewer's own zone, e.g. "Fri 26 Mar 2027, 09:30–10:30 (Lisbon time)". */
  local: string
  /** Side by side, e.g. "09:30 Brussels / 17:30 Tokyo", with Tokyo's date when it differs. */
  brusselsTokyo: string
  startsAtIso: string
}

/** How a meeting reads for a viewer in `viewerTimeZone`, beside Brussels and Tokyo time. */
export function describeMeetingTime(
  startsAt: Date | string,
  durationMinutes: number,
  viewerTimeZone: string,
  locale: Locale = 'en',
): MeetingTimeView {
  const texts = messagesFor(locale).introductions.times
  const start = new Date(startsAt)
  const end = new Date(start.getTime() + durationMinutes * 60_000)
  const brusselsDate = calendarDateIn(start, brusselsTimeZone, locale)
  const tokyoDate = calendarDateIn(start, tokyoTimeZone, locale)
  return {
    local: texts.local({
      date: calendarDateIn(start, viewerTimeZone, locale),
      start: clockTimeIn(start, viewerTimeZone),
      end: clockTimeIn(end, viewerTimeZone),
      city: zoneCity(viewerTimeZone, locale),
    }),
    brusselsTokyo: texts.brusselsTokyo({
      date: brusselsDate,
      brussels: clockTimeIn(start, brusselsTimeZone),
      tokyo: clockTimeIn(start, tokyoTimeZone),
      tokyoDate: tokyoDate === brusselsDate ? null : tokyoDate,
    }),
    startsAtIso: start.toISOString(),
  }
}

/** "Fri 26 Mar 2027, 09:30" in the given zone: for when something happened. */
export const dateTimeIn = (instant: Date | string, timeZone: string, locale: Locale = 'en') =>
  messagesFor(locale).introductions.times.dateTime({
    date: calendarDateIn(instant, timeZone, locale),
    time: clockTimeIn(instant, timeZone),
  })

/** "Fri 26 Mar 2027, 09:30 (Brussels time)": when something happened, with the zone named. */
export const stampIn = (instant: Date | string, timeZone: string, locale: Locale = 'en') =>
  messagesFor(locale).introductions.times.stamp({
    date: calendarDateIn(instant, timeZone, locale),
    time: clockTimeIn(instant, timeZone),
    city: zoneCity(timeZone, locale),
  })
