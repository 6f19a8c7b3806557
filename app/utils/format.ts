import Bowser from 'bowser'

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const twoDigits = (value: number) => String(value).padStart(2, '0')

/**
 * A date and time that reads the same on the server and in every browser ("29 Nov 2026, 09:12 UTC"):
 * built by hand because Intl's output differs between ICU versions, which breaks hydration.
 */
export function formatDateTimeUtc(value: Date | string): string {
  const date = new Date(value)
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`
}

/** "Chrome 120 on Linux" from a User-Agent header; "Unknown browser" when there is none. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser'
  const { browser, os } = Bowser.parse(userAgent)
  const name = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ') || 'Unknown browser'
  return os.name ? `${name} on ${os.name}` : name
}
