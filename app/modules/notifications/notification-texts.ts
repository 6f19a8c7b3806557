import { describeEventTime, eventTitleIn } from '~/modules/events/event-time'
import type { Locale } from '~/modules/i18n/locales'
import { brusselsTimeZone, describeMeetingTime } from '~/modules/introductions/meeting-time'

/** What an event's notifications carry: its titles and times, written out in each reader's zone. */
type EventParams = { title: string; titleJa: string | null; startsAt: string; endsAt: string }
/** A one-to-one meeting at an event: the event's titles, the other side, and the slot when there is one. */
type MeetingParams = {
  title: string
  titleJa: string | null
  other: string
  slotStartsAt: string | null
  minutes: number
}

/** What each kind of notification needs to be written; the text itself is chosen at display time. */
export type NotificationParams = {
  'profile.approve': { organisation: string }
  'profile.reject': { organisation: string; reason: string }
  'profile.request_changes': { organisation: string; reason: string }
  'organisation.suspend': { organisation: string; reason: string }
  'organisation.restore': { organisation: string }
  'organisation.file_removed': { organisation: string; file: string; reason: string }
  'introduction.received': { from: string }
  'introduction.accepted': { by: string }
  'introduction.declined': { by: string }
  'introduction.withdrawn': { from: string }
  'introduction.expired': { to: string }
  'introduction.brokered': { other: string }
  'introduction.message': { from: string }
  'introduction.file': { from: string; file: string }
  'introduction.slots_proposed': { by: string }
  'introduction.meeting_confirmed': { with: string }
  // No names: the sentence stays in the reader's language (the list it links to names the organisations).
  'lead.requested': Record<string, never>
  'event.registered': EventParams & { person: string }
  'event.waitlisted': EventParams & { person: string }
  'event.approved': EventParams & { person: string }
  'event.declined': EventParams & { person: string; reason: string }
  'event.moved_up': EventParams & { person: string }
  'event.changed': EventParams
  'event.cancelled': EventParams
  'event.reminder': EventParams
  'meeting.requested': MeetingParams
  'meeting.accepted': MeetingParams
  'meeting.declined': MeetingParams
  'meeting.cancelled': MeetingParams
  'meeting.expired': MeetingParams
  'meeting.moved': MeetingParams
  'meeting.schedule_published': EventParams & { count: number }
  'followup.due': { other: string }
  'followup.reminder': { other: string }
  'search.matches': { search: string; first: string; count: number }
  'suggestion.strong': { partner: string }
}

export type NotificationKind = keyof NotificationParams

export type NotificationEvent = {
  [Kind in NotificationKind]: { kind: Kind; params: NotificationParams[Kind]; link: string }
}[NotificationKind]

type Texts = {
  [Kind in NotificationKind]: (params: NotificationParams[Kind], timeZone: string) => string
}

const eventLine = (params: EventParams, timeZone: string, locale: Locale) => {
  const time = describeEventTime(params.startsAt, params.endsAt, timeZone, locale)
  const title = eventTitleIn(params, locale)
  return locale === 'ja'
    ? `「${title}」（${time.local}、${time.centre}）`
    : `"${title}" (${time.local}; ${time.centre})`
}

const meetingLine = (params: MeetingParams, timeZone: string, locale: Locale) => {
  const title = eventTitleIn(params, locale)
  if (!params.slotStartsAt) return locale === 'ja' ? `「${title}」` : `"${title}"`
  const time = describeMeetingTime(params.slotStartsAt, params.minutes, timeZone, locale)
  return locale === 'ja'
    ? `「${title}」（${time.local}、${time.brusselsTokyo}）`
    : `"${title}" (${time.local}; ${time.brusselsTokyo})`
}

const english: Texts = {
  'profile.approve': ({ organisation }) =>
    `${organisation} is approved: it is now in the directory and in partner suggestions.`,
  'profile.reject': ({ organisation, reason }) => `${organisation} was not approved. Reason: ${reason}`,
  'profile.request_changes': ({ organisation, reason }) =>
    `Centre staff ask for changes to ${organisation}: ${reason}`,
  'organisation.suspend': ({ organisation, reason }) =>
    `${organisation} is suspended by Centre staff and hidden from other companies. Reason: ${reason}`,
  'organisation.restore': ({ organisation }) => `${organisation} is no longer suspended.`,
  'organisation.file_removed': ({ organisation, file, reason }) =>
    `Centre staff removed ${file} from the profile of ${organisation}. Reason: ${reason}`,
  'introduction.received': ({ from }) => `${from} asks to be introduced to your organisation.`,
  'introduction.accepted': ({ by }) => `${by} accepted your introduction request.`,
  'introduction.declined': ({ by }) => `${by} declined your introduction request.`,
  'introduction.withdrawn': ({ from }) => `${from} withdrew its introduction request.`,
  'introduction.expired': ({ to }) =>
    `Your introduction request to ${to} expired unanswered; you can send a new one.`,
  'introduction.brokered': ({ other }) => `The EU-Japan Centre introduced your organisation to ${other}.`,
  'introduction.message': ({ from }) => `New message from ${from}.`,
  'introduction.file': ({ from, file }) => `${from} shared a file: ${file}.`,
  'introduction.slots_proposed': ({ by }) => `${by} proposed meeting times.`,
  'introduction.meeting_confirmed': ({ with: other }) => `Your meeting with ${other} is confirmed.`,
  'lead.requested': () => 'A member asks the Centre for a three-way introduction from a lead.',
  'event.registered': (p, zone) =>
    `${p.person} is registered for ${eventLine(p, zone, 'en')}: Centre staff will confirm the place.`,
  'event.waitlisted': (p, zone) =>
    `${eventLine(p, zone, 'en')} is full: ${p.person} is on the waiting list and will be told on moving up.`,
  'event.approved': (p, zone) => `${p.person} has a place at ${eventLine(p, zone, 'en')}.`,
  'event.declined': (p, zone) =>
    `${p.person}'s registration for ${eventLine(p, zone, 'en')} was declined. Reason: ${p.reason}`,
  'event.moved_up': (p, zone) =>
    `A place opened: ${p.person} moves up from the waiting list of ${eventLine(p, zone, 'en')}.`,
  'event.changed': (p, zone) => `Changed: ${eventLine(p, zone, 'en')}. Check the new details.`,
  'event.cancelled': (p, zone) => `Cancelled: ${eventLine(p, zone, 'en')} will not take place.`,
  'event.reminder': (p, zone) => `Reminder: ${eventLine(p, zone, 'en')} is tomorrow.`,
  'meeting.requested': (p, zone) => `${p.other} asks to meet you at ${meetingLine(p, zone, 'en')}.`,
  'meeting.accepted': (p, zone) => `${p.other} accepted your meeting at ${meetingLine(p, zone, 'en')}.`,
  'meeting.declined': (p, zone) =>
    `${p.other} declined your meeting request at ${meetingLine(p, zone, 'en')}.`,
  'meeting.cancelled': (p, zone) =>
    `Your meeting with ${p.other} at ${meetingLine(p, zone, 'en')} is cancelled.`,
  'meeting.expired': (p, zone) =>
    `Your meeting request to ${p.other} at ${meetingLine(p, zone, 'en')} expired unanswered.`,
  'meeting.moved': (p, zone) => `Your meeting with ${p.other} moved: ${meetingLine(p, zone, 'en')}.`,
  'meeting.schedule_published': (p, zone) =>
    `The meeting schedule of ${eventLine(p, zone, 'en')} is published: you have ${p.count} ${p.count === 1 ? 'meeting' : 'meetings'}.`,
  'followup.due': ({ other }) => `What came of your contact with ${other}? Tell the Centre in two clicks.`,
  'followup.reminder': ({ other }) => `Reminder: what came of your contact with ${other}?`,
  'search.matches': ({ search, first, count }) =>
    count === 1
      ? `Newly listed: ${first} matches your saved search "${search}".`
      : `Newly listed: ${first} and ${count - 1} more match your saved search "${search}".`,
  'suggestion.strong': ({ partner }) =>
    `Newly listed: ${partner} is a strong partner fit for your organisation.`,
}

const japanese: Texts = {
  'profile.approve': ({ organisation }) =>
    `${organisation}が承認されました。ディレクトリとパートナー候補に表示されます。`,
  'profile.reject': ({ organisation, reason }) => `${organisation}は承認されませんでした。理由：${reason}`,
  'profile.request_changes': ({ organisation, reason }) =>
    `センタースタッフから${organisation}の修正依頼があります：${reason}`,
  'organisation.suspend': ({ organisation, reason }) =>
    `${organisation}はセンタースタッフにより一時停止され、他社には表示されません。理由：${reason}`,
  'organisation.restore': ({ organisation }) => `${organisation}の一時停止が解除されました。`,
  'organisation.file_removed': ({ organisation, file, reason }) =>
    `センタースタッフが${organisation}のプロフィールから${file}を削除しました。理由：${reason}`,
  'introduction.received': ({ from }) => `${from}から紹介の依頼が届きました。`,
  'introduction.accepted': ({ by }) => `${by}が紹介の依頼を承諾しました。`,
  'introduction.declined': ({ by }) => `${by}が紹介の依頼を辞退しました。`,
  'introduction.withdrawn': ({ from }) => `${from}が紹介の依頼を取り下げました。`,
  'introduction.expired': ({ to }) =>
    `${to}への紹介の依頼は回答がないまま期限切れになりました。新しい依頼を送ることができます。`,
  'introduction.brokered': ({ other }) => `日欧産業協力センターが貴社を${other}に紹介しました。`,
  'introduction.message': ({ from }) => `${from}から新しいメッセージが届きました。`,
  'introduction.file': ({ from, file }) => `${from}がファイルを共有しました：${file}`,
  'introduction.slots_proposed': ({ by }) => `${by}が面談の日時を提案しました。`,
  'introduction.meeting_confirmed': ({ with: other }) => `${other}との面談が確定しました。`,
  'lead.requested': () => 'メンバーから、案件からの3者紹介がセンターに依頼されました。',
  'event.registered': (p, zone) =>
    `${p.person}さんが${eventLine(p, zone, 'ja')}に申し込みました。センタースタッフが参加を確定します。`,
  'event.waitlisted': (p, zone) =>
    `${eventLine(p, zone, 'ja')}は満席のため、${p.person}さんはキャンセル待ちです。繰り上がり次第お知らせします。`,
  'event.approved': (p, zone) => `${p.person}さんの${eventLine(p, zone, 'ja')}への参加が確定しました。`,
  'event.declined': (p, zone) =>
    `${p.person}さんの${eventLine(p, zone, 'ja')}への申込はお受けできませんでした。理由：${p.reason}`,
  'event.moved_up': (p, zone) =>
    `空きが出たため、${p.person}さんは${eventLine(p, zone, 'ja')}のキャンセル待ちから繰り上がりました。`,
  'event.changed': (p, zone) => `変更のお知らせ：${eventLine(p, zone, 'ja')}。新しい内容をご確認ください。`,
  'event.cancelled': (p, zone) => `中止のお知らせ：${eventLine(p, zone, 'ja')}は開催されません。`,
  'event.reminder': (p, zone) => `リマインダー：${eventLine(p, zone, 'ja')}は明日です。`,
  'meeting.requested': (p, zone) => `${p.other}から${meetingLine(p, zone, 'ja')}での面談の依頼が届きました。`,
  'meeting.accepted': (p, zone) => `${p.other}が${meetingLine(p, zone, 'ja')}での面談を承諾しました。`,
  'meeting.declined': (p, zone) => `${p.other}が${meetingLine(p, zone, 'ja')}での面談の依頼を辞退しました。`,
  'meeting.cancelled': (p, zone) => `${p.other}との${meetingLine(p, zone, 'ja')}での面談は取り消されました。`,
  'meeting.expired': (p, zone) =>
    `${p.other}への${meetingLine(p, zone, 'ja')}での面談の依頼は、回答がないまま期限切れになりました。`,
  'meeting.moved': (p, zone) => `${p.other}との面談が変更されました：${meetingLine(p, zone, 'ja')}。`,
  'meeting.schedule_published': (p, zone) =>
    `${eventLine(p, zone, 'ja')}の面談スケジュールが公開されました。面談は${p.count}件です。`,
  'followup.due': ({ other }) => `${other}とのその後の進展をセンターにお知らせください。`,
  'followup.reminder': ({ other }) => `リマインダー：${other}とのその後の進展をお知らせください。`,
  'search.matches': ({ search, first, count }) =>
    count === 1
      ? `新しく掲載された${first}が、保存した検索「${search}」に一致しました。`
      : `新しく掲載された${first}ほか${count - 1}件が、保存した検索「${search}」に一致しました。`,
  'suggestion.strong': ({ partner }) =>
    `新しく掲載された${partner}は、貴社と相性の良い有力なパートナー候補です。`,
}

const texts: Record<Locale, Texts> = { en: english, ja: japanese }

/** The sentence for a notification in the reader's language. */
export function notificationText(
  kind: string,
  params: unknown,
  locale: Locale,
  timeZone: string = brusselsTimeZone,
): string {
  const write = texts[locale][kind as NotificationKind] as
    ((params: unknown, timeZone: string) => string) | undefined
  // A name that ends with a full stop ("Tokyo Rare Metals K.K.") ends the sentence with it.
  if (write) return write(params, timeZone).replace(/(?<!\.)\.\.(?!\.)/g, '.')
  // Notifications written before texts were chosen at display time carry their own English sentence.
  const legacy = (params as { message?: unknown } | null)?.message
  return typeof legacy === 'string' ? legacy : kind
}
