import { queueEmails } from '~/modules/email/outbox.server'
import { localeOrDefault } from '~/modules/i18n/locales'
import { checkAttempts, consumeAttempt } from '~/modules/security/rate-limits.server'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { isUniqueViolation } from '~/utils/prisma-errors.server'
import { accountEmails } from './account-emails'
import { findUsableToken, issueEmailToken, useEmailToken } from './email-tokens.server'
import { isGuessablePassword } from './password-policy.server'
import { hashPassword, verifyPassword } from './password.server'
import { endOtherSessions } from './sessions.server'

export type ReauthProblem = 'wrong-password' | 'rate-limited'

/**
 * Asks for the current password again before a sensitive change; wrong answers count towards the same
 * per-account limit as failed log-ins.
 */
async function reauthenticate(userId: string, currentPassword: string): Promise<ReauthProblem | null> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { password: true } })
  const key = user.email
  if (!(await checkAttempts('login-account', key)).allowed) return 'rate-limited'
  if (user.password && (await verifyPassword(user.password.hash, currentPassword))) return null
  await consumeAttempt('login-account', key)
  return 'wrong-password'
}

export type ChangeResult =
  { ok: true; endedSessions: number } | { ok: false; problem: ReauthProblem | 'common-password' }

export async function changePassword(input: {
  userId: string
  sessionId: string
  currentPassword: string
  newPassword: string
  endOtherSessions: boolean
}): Promise<ChangeResult> {
  const problem = await reauthenticate(input.userId, input.currentPassword)
  if (problem) return { ok: false, problem }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: input.userId } })
  if (isGuessablePassword(input.newPassword, user)) return { ok: false, problem: 'common-password' }
  const hash = await hashPassword(input.newPassword)
  await prisma.password.upsert({
    where: { userId: input.userId },
    create: { userId: input.userId, hash },
    update: { hash },
  })
  const endedSessions = input.endOtherSessions ? await endOtherSessions(input.userId, input.sessionId) : 0
  return { ok: true, endedSessions }
}

/**
 * Sends a confirmation link to the new address. When that address already has an account nothing is
 * sent, but the answer is the same, so the form does not reveal who is registered.
 */
export async function requestEmailChange(input: {
  userId: string
  currentPassword: string
  newEmail: string
}): Promise<{ ok: true } | { ok: false; problem: ReauthProblem }> {
  const problem = await reauthenticate(input.userId, input.currentPassword)
  if (problem) return { ok: false, problem }
  const newEmail = input.newEmail.trim().toLowerCase()
  const user = await prisma.user.findUniqueOrThrow({ where: { id: input.userId } })
  if (newEmail === user.email || (await prisma.user.findUnique({ where: { email: newEmail } })))
    return { ok: true }
  await prisma.$transaction(async (tx) => {
    const token = await issueEmailToken(tx, { userId: user.id, purpose: 'change_email', newEmail })
    const locale = localeOrDefault(user.locale)
    const link = new URL(`/confirm-email/${token}`, getEnv().APP_ORIGIN).toString()
    await queueEmails(tx, [
      { userId: user.id, toAddress: newEmail, locale, ...accountEmails.confirmEmailChange[locale](link) },
    ])
  })
  return { ok: true }
}

/** Applies a confirmed change of address, once, and tells the old address. */
export async function confirmEmailChange(
  token: string,
): Promise<{ ok: true } | { ok: false; problem: 'link' | 'taken' }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const used = await useEmailToken(tx, token, 'change_email')
      if (!used?.newEmail) return { ok: false, problem: 'link' } as const
      const before = await tx.user.findUniqueOrThrow({ where: { id: used.userId } })
      await tx.user.update({ where: { id: used.userId }, data: { email: used.newEmail } })
      const locale = localeOrDefault(before.locale)
      await queueEmails(tx, [
        {
          userId: before.id,
          toAddress: before.email,
          locale,
          ...accountEmails.emailChanged[locale](used.newEmail),
        },
      ])
      return { ok: true } as const
    })
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problem: 'taken' }
    throw error
  }
}

export const isEmailChangeTokenUsable = (token: string) =>
  prisma.$transaction(async (tx) => (await findUsableToken(tx, token, 'change_email')) !== null)
