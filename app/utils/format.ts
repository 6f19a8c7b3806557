import { TZDate } from '@date-fns/tz'
import Bowser from 'bowser'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'

/** A calendar day as the reader's zone has it ("2 Dec 2026", "2026年12月2日"); UTC without a zone. */
export function formatDate(value: Date | string, locale: Locale, timeZone?: string | null): string {
  const date = new TZDate(new Date(value).getTime(), timeZone || 'UTC')
  if (locale === 'ja') return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`
  return `${date.getDate()} ${messagesFor(locale).common.dates.months[date.getMonth()]} ${date.getFullYear()}`
}

/**
 * A list in the language's style: "Lithium, Cobalt, Nickel", "リチウム、コバルト、ニッケル" (the narrow
 * conjunction pattern, the same in Node's and the browsers' ICU).
 */
export const formatList = (items: string[], locale: Locale) =>
  new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(items)

/** A count with the language's digit grouping ("12,345"). */
export const formatCount = (value: number, locale: Locale) => new Intl.NumberFormat(locale).format(value)

/** "Chrome 120 on Linux" from a User-Agent header; "Unknown browser" when there is none. */
export function describeUserAgent(userAgent: string | null, locale: Locale): string {
  const texts = messagesFor(locale).common.userAgent
  if (!userAgent) return texts.unknown
  const { browser, os } = Bowser.parse(userAgent)
  const name = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ') || texts.unknown
  return os.name ? texts.on({ browser: name, os: os.name }) : name
}
