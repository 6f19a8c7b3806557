import Bowser from 'bowser'

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** A date and time that reads the same on the server and in the browser (UTC, stated). */
export function formatDateTimeUtc(value: Date | string): string {
  return `${dateTimeFormat.format(new Date(value))} UTC`
}

/** "Chrome 120 on Linux" from a User-Agent header; "Unknown browser" when there is none. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser'
  const { browser, os } = Bowser.parse(userAgent)
  const name = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ') || 'Unknown browser'
  return os.name ? `${name} on ${os.name}` : name
}
