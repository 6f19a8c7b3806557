import type { NotificationKind } from '~/modules/notifications/notification-texts'
import { hasStaffRole } from '~/modules/auth/roles'
import type { Role } from '~/generated/prisma/enums'

/** What people choose to read about by email, each topic as a whole. */
export const emailTopics = [
  'introductions',
  'meetings',
  'events',
  'profile',
  'followups',
  'requests',
  'alerts',
] as const
export type EmailTopic = (typeof emailTopics)[number]

/** Topics only Centre staff receive. */
export const staffEmailTopics: readonly EmailTopic[] = ['requests']

export const emailFrequencies = ['each', 'weekly', 'never'] as const
export type EmailFrequency = (typeof emailFrequencies)[number]

/** The weekly digest's own unsubscribe link stops every topic that goes into it. */
export const digestTopic = 'digest'

const topicByArea: Record<string, EmailTopic> = {
  introduction: 'introductions',
  meeting: 'meetings',
  event: 'events',
  profile: 'profile',
  organisation: 'profile',
  followup: 'followups',
  lead: 'requests',
  search: 'alerts',
  suggestion: 'alerts',
}

export function topicOfNotification(kind: NotificationKind): EmailTopic {
  return topicByArea[kind.split('.')[0]!] ?? 'profile'
}

export const isEmailTopic = (value: unknown): value is EmailTopic =>
  (emailTopics as readonly unknown[]).includes(value)

/** The topics a person may choose: staff topics only for staff. */
export const emailTopicsFor = (role: Role): EmailTopic[] =>
  emailTopics.filter((topic) => hasStaffRole(role) || !staffEmailTopics.includes(topic))
