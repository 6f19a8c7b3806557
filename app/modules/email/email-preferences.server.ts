import type { Prisma } from '~/generated/prisma/client'
import type { Role } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import {
  digestTopic,
  emailTopics,
  emailTopicsFor,
  isEmailTopic,
  type EmailFrequency,
  type EmailTopic,
} from './email-topics'

export type EmailChoices = Record<EmailTopic, EmailFrequency>

/** Stops one topic (or the weekly digest) for the owner of `token`; opened from an email, not logged in. */
export const unsubscribeUrl = (origin: string, token: string, topic: EmailTopic | typeof digestTopic) =>
  new URL(`/email/unsubscribe/${encodeURIComponent(token)}?topic=${topic}`, origin).toString()

/** How often each of these people wants emails about `topic`; someone who never chose gets each one. */
export async function frequenciesFor(tx: Prisma.TransactionClient, userIds: string[], topic: EmailTopic) {
  const rows = await tx.emailPreference.findMany({
    where: { userId: { in: userIds }, topic },
    select: { userId: true, frequency: true },
  })
  const chosen = new Map(rows.map((row) => [row.userId, row.frequency as EmailFrequency]))
  return (userId: string): EmailFrequency => chosen.get(userId) ?? 'each'
}

export async function getEmailChoices(userId: string): Promise<EmailChoices> {
  const rows = await prisma.emailPreference.findMany({ where: { userId } })
  const choices = Object.fromEntries(emailTopics.map((topic) => [topic, 'each'])) as EmailChoices
  for (const row of rows) choices[row.topic] = row.frequency
  return choices
}

/**
 * Records what a person chose, for the topics they may choose. Updates waiting for a digest they no longer
 * take are dropped, so turning the digest off means no digest comes.
 */
export async function saveEmailChoices(
  { id: userId, role }: { id: string; role: Role },
  choices: Partial<EmailChoices>,
) {
  const allowed = emailTopicsFor(role)
  await prisma.$transaction(async (tx) => {
    for (const [topic, frequency] of Object.entries(choices)) {
      if (!isEmailTopic(topic) || !allowed.includes(topic) || !frequency) continue
      await tx.emailPreference.upsert({
        where: { userId_topic: { userId, topic } },
        create: { userId, topic, frequency },
        update: { frequency },
      })
    }
    const weekly = await tx.emailPreference.count({ where: { userId, frequency: 'weekly' } })
    if (!weekly) {
      await tx.notification.updateMany({
        where: { userId, awaitingDigest: true },
        data: { awaitingDigest: false },
      })
    }
  })
}

/**
 * The person and topic an unsubscribe link stands for, or null for a link that is not (or no longer) valid.
 * The link itself is the authority: it works logged out, whoever opens it.
 */
export async function readUnsubscribeLink(token: string | undefined, topic: string | null) {
  const validTopic: EmailTopic | typeof digestTopic | null =
    topic === digestTopic || isEmailTopic(topic) ? topic : null
  if (!validTopic || !token || token.length > 200) return null
  const person = await prisma.user.findUnique({
    where: { emailToken: token },
    select: { id: true, role: true, email: true, locale: true },
  })
  return person && { person, topic: validTopic }
}

/** Stops a topic, or with the digest's link every topic that went into the digest. */
export async function unsubscribe(
  person: { id: string; role: Role },
  topic: EmailTopic | typeof digestTopic,
) {
  if (topic !== digestTopic) return saveEmailChoices(person, { [topic]: 'never' })
  const choices = await getEmailChoices(person.id)
  const weekly = emailTopics.filter((each) => choices[each] === 'weekly')
  await saveEmailChoices(person, Object.fromEntries(weekly.map((each) => [each, 'never'])))
}
