import type { EmailTopic } from '~/modules/email/email-topics'
import type { Locale } from '~/modules/i18n/locales'

/** What a fact in an email is, named in the recipient's language. */
export type FactLabel = 'purpose' | 'reason' | 'where' | 'proposedTimes' | 'agreedTime'

type EmailTexts = {
  greeting: (name: string) => string
  facts: Record<FactLabel, string>
  messageFrom: (name: string) => string
  action: Record<EmailTopic, string>
  /** What a topic is about, inside a sentence: "emails about {topic}". */
  topic: Record<EmailTopic, string>
  why: (topic: string) => string
  choose: string
  stop: (topic: string) => string
  digest: {
    subject: (count: number) => string
    intro: (count: number) => string
    open: string
    why: string
    stop: string
  }
}

const english: EmailTexts = {
  greeting: (name) => `Hello ${name},`,
  facts: {
    purpose: 'Purpose',
    reason: 'Reason',
    where: 'Where',
    proposedTimes: 'Proposed times',
    agreedTime: 'Agreed time',
  },
  messageFrom: (name) => `Message from ${name}`,
  action: {
    introductions: 'Open the introduction',
    meetings: 'Open your meetings',
    events: 'Open the event',
    profile: 'Open your profile',
    followups: 'Answer in two clicks',
    requests: 'Open the requests',
    alerts: 'See the organisations',
  },
  topic: {
    introductions: 'introductions',
    meetings: 'meetings at events',
    events: 'events you registered for',
    profile: 'your organisation’s profile',
    followups: 'what came of your contacts',
    requests: 'requests to the Centre',
    alerts: 'saved searches and new strong partner suggestions',
  },
  why: (topic) => `You get this email about ${topic} as a member of EU-Japan Circular Metals.`,
  choose: 'Choose which emails you get',
  stop: (topic) => `Stop emails about ${topic}`,
  digest: {
    subject: (count) =>
      `Your week on EU-Japan Circular Metals: ${count} ${count === 1 ? 'update' : 'updates'}`,
    intro: (count) =>
      count === 1
        ? 'This happened since your last digest:'
        : `These ${count} things happened since your last digest:`,
    open: 'Open your notifications',
    why: 'You get this weekly digest because you chose it for some emails.',
    stop: 'Stop the weekly digest',
  },
}

const japanese: EmailTexts = {
  greeting: (name) => `${name}様`,
  facts: {
    purpose: '目的',
    reason: '理由',
    where: '場所',
    proposedTimes: '提案された日時',
    agreedTime: '確定した日時',
  },
  messageFrom: (name) => `${name}からのメッセージ`,
  action: {
    introductions: '紹介を開く',
    meetings: '面談を開く',
    events: 'イベントを開く',
    profile: 'プロフィールを開く',
    followups: '2クリックで回答する',
    requests: '依頼を開く',
    alerts: '組織を見る',
  },
  topic: {
    introductions: '紹介',
    meetings: 'イベントでの面談',
    events: '申し込んだイベント',
    profile: '組織のプロフィール',
    followups: 'その後の進展',
    requests: 'センターへの依頼',
    alerts: '保存した検索と新しい有力なパートナー候補',
  },
  why: (topic) =>
    `このメールは、EU-Japan Circular Metalsのメンバーの方に「${topic}」についてお送りしています。`,
  choose: '受け取るメールを選ぶ',
  stop: (topic) => `「${topic}」のメールを停止する`,
  digest: {
    subject: (count) => `EU-Japan Circular Metals 今週のお知らせ（${count}件）`,
    intro: (count) => `前回のまとめ以降のお知らせ（${count}件）：`,
    open: 'お知らせを開く',
    why: '一部のメールを週1回のまとめで受け取る設定のため、このメールをお送りしています。',
    stop: '週1回のまとめを停止する',
  },
}

export const notificationEmailTexts: Record<Locale, EmailTexts> = { en: english, ja: japanese }
