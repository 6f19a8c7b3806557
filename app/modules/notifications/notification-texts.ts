import type { Locale } from '~/modules/i18n/locales'

/** What each kind of notification needs to be written; the text itself is chosen at display time. */
export type NotificationParams = {
  'profile.approve': { organisation: string }
  'profile.reject': { organisation: string; reason: string }
  'profile.request_changes': { organisation: string; reason: string }
  'organisation.suspend': { organisation: string; reason: string }
  'organisation.restore': { organisation: string }
  'introduction.received': { from: string }
  'introduction.accepted': { by: string }
  'introduction.declined': { by: string }
  'introduction.withdrawn': { from: string }
  'introduction.expired': { to: string }
  'introduction.brokered': { other: string }
  'introduction.message': { from: string }
  'introduction.slots_proposed': { by: string }
  'introduction.meeting_confirmed': { with: string }
  // No names: the sentence stays in the reader's language (the list it links to names the organisations).
  'lead.requested': Record<string, never>
}

export type NotificationKind = keyof NotificationParams

export type NotificationEvent = {
  [Kind in NotificationKind]: { kind: Kind; params: NotificationParams[Kind]; link: string }
}[NotificationKind]

type Texts = { [Kind in NotificationKind]: (params: NotificationParams[Kind]) => string }

const english: Texts = {
  'profile.approve': ({ organisation }) =>
    `${organisation} is approved: it is now in the directory and in partner suggestions.`,
  'profile.reject': ({ organisation, reason }) => `${organisation} was not approved. Reason: ${reason}`,
  'profile.request_changes': ({ organisation, reason }) =>
    `Centre staff ask for changes to ${organisation}: ${reason}`,
  'organisation.suspend': ({ organisation, reason }) =>
    `${organisation} is suspended by Centre staff and hidden from other companies. Reason: ${reason}`,
  'organisation.restore': ({ organisation }) => `${organisation} is no longer suspended.`,
  'introduction.received': ({ from }) => `${from} asks to be introduced to your organisation.`,
  'introduction.accepted': ({ by }) => `${by} accepted your introduction request.`,
  'introduction.declined': ({ by }) => `${by} declined your introduction request.`,
  'introduction.withdrawn': ({ from }) => `${from} withdrew its introduction request.`,
  'introduction.expired': ({ to }) =>
    `Your introduction request to ${to} expired unanswered; you can send a new one.`,
  'introduction.brokered': ({ other }) => `The EU-Japan Centre introduced your organisation to ${other}.`,
  'introduction.message': ({ from }) => `New message from ${from}.`,
  'introduction.slots_proposed': ({ by }) => `${by} proposed meeting times.`,
  'introduction.meeting_confirmed': ({ with: other }) => `Your meeting with ${other} is confirmed.`,
  'lead.requested': () => 'A member asks the Centre for a three-way introduction from a lead.',
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
  'introduction.received': ({ from }) => `${from}から紹介の依頼が届きました。`,
  'introduction.accepted': ({ by }) => `${by}が紹介の依頼を承諾しました。`,
  'introduction.declined': ({ by }) => `${by}が紹介の依頼を辞退しました。`,
  'introduction.withdrawn': ({ from }) => `${from}が紹介の依頼を取り下げました。`,
  'introduction.expired': ({ to }) =>
    `${to}への紹介の依頼は回答がないまま期限切れになりました。新しい依頼を送ることができます。`,
  'introduction.brokered': ({ other }) => `日欧産業協力センターが貴社を${other}に紹介しました。`,
  'introduction.message': ({ from }) => `${from}から新しいメッセージが届きました。`,
  'introduction.slots_proposed': ({ by }) => `${by}が面談の日時を提案しました。`,
  'introduction.meeting_confirmed': ({ with: other }) => `${other}との面談が確定しました。`,
  'lead.requested': () => 'メンバーから、案件からの3者紹介がセンターに依頼されました。',
}

const texts: Record<Locale, Texts> = { en: english, ja: japanese }

/** The sentence for a notification in the reader's language. */
export function notificationText(kind: string, params: unknown, locale: Locale): string {
  const write = texts[locale][kind as NotificationKind] as ((params: unknown) => string) | undefined
  if (write) return write(params)
  // Notifications written before texts were chosen at display time carry their own English sentence.
  const legacy = (params as { message?: unknown } | null)?.message
  return typeof legacy === 'string' ? legacy : kind
}

const emailFooter: Record<Locale, (link: string) => string> = {
  en: (link) =>
    `Open it in EU-Japan Circular Metals:\n${link}\n\nYou receive this email because you are a member of an organisation on EU-Japan Circular Metals.`,
  ja: (link) =>
    `EU-Japan Circular Metalsで開く：\n${link}\n\nこのメールは、EU-Japan Circular Metalsに登録された組織のメンバーである方にお送りしています。`,
}

/** The email for a notification: its sentence as the subject, and a link back to the app. */
export function notificationEmail(event: NotificationEvent, locale: Locale, origin: string) {
  const sentence = notificationText(event.kind, event.params, locale)
  return {
    subject: sentence.length > 120 ? `${sentence.slice(0, 117)}…` : sentence,
    text: `${sentence}\n\n${emailFooter[locale](new URL(event.link, origin).toString())}\n`,
  }
}
