import type { EmailBlock } from '~/modules/email/email-layout.server'
import { renderEmail } from '~/modules/email/email-layout.server'
import { topicOfNotification } from '~/modules/email/email-topics'
import type { Locale } from '~/modules/i18n/locales'
import { describeMeetingTime } from '~/modules/introductions/meeting-time'
import { notificationEmailTexts, type FactLabel } from './notification-email-texts'
import { notificationText, type NotificationEvent } from './notification-texts'

/** Text that its author wrote in one language, or that the app has in both. */
export type Localised = string | Record<Locale, string>

/**
 * What an email carries beyond its subject: the facts of the request (its purpose, a reason), the message
 * the other side wrote, and times, each written in the recipient's zone with Brussels and Tokyo beside.
 */
export type EmailDetails = {
  facts?: { label: FactLabel; value: Localised }[]
  message?: { from: Localised; text: string }
  times?: { label: 'proposedTimes' | 'agreedTime'; slots: { startsAt: Date | string; minutes: number }[] }
}

export type EmailRecipient = { displayName: string; locale: Locale; timeZone: string }

const subjectLength = 120
const inLocale = (value: Localised, locale: Locale) => (typeof value === 'string' ? value : value[locale])

function detailBlocks(details: EmailDetails, locale: Locale, timeZone: string): EmailBlock[] {
  const t = notificationEmailTexts[locale]
  const rows = (details.facts ?? []).map(({ label, value }) => ({
    label: t.facts[label],
    value: inLocale(value, locale),
  }))
  if (details.times?.slots.length) {
    rows.push({
      label: t.facts[details.times.label],
      value: details.times.slots
        .map(({ startsAt, minutes }) => {
          const time = describeMeetingTime(startsAt, minutes, timeZone, locale)
          return `${time.local}\n  ${time.brusselsTokyo}`
        })
        .join('\n'),
    })
  }
  const blocks: EmailBlock[] = rows.length ? [{ kind: 'facts', rows }] : []
  if (details.message?.text.trim()) {
    blocks.push({
      kind: 'quote',
      label: t.messageFrom(inLocale(details.message.from, locale)),
      text: details.message.text.trim(),
    })
  }
  return blocks
}

/**
 * The email for a notification, in the recipient's language: its sentence is the subject (the body does
 * not repeat it unless the subject had to be cut), then what it is about, a button back to the app, and
 * how to choose or stop such emails.
 */
export function notificationEmail(input: {
  event: NotificationEvent
  details?: EmailDetails
  recipient: EmailRecipient
  origin: string
  unsubscribeUrl: string
}) {
  const { locale, timeZone, displayName } = input.recipient
  const t = notificationEmailTexts[locale]
  const topic = topicOfNotification(input.event.kind)
  const sentence = notificationText(input.event.kind, input.event.params, locale, timeZone)
  const cut = sentence.length > subjectLength
  const subject = cut ? `${sentence.slice(0, subjectLength - 3)}…` : sentence
  const blocks: EmailBlock[] = [
    { kind: 'paragraph', text: t.greeting(displayName) },
    ...(cut ? [{ kind: 'paragraph', text: sentence } as const] : []),
    ...detailBlocks(input.details ?? {}, locale, timeZone),
    { kind: 'action', label: t.action[topic], url: new URL(input.event.link, input.origin).toString() },
    {
      kind: 'footer',
      lines: [
        { text: t.why(t.topic[topic]) },
        { text: t.choose, url: new URL('/account/preferences', input.origin).toString() },
        { text: t.stop(t.topic[topic]), url: input.unsubscribeUrl },
      ],
    },
  ]
  return { subject, ...renderEmail({ locale, subject, blocks }) }
}
