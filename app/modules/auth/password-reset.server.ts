import { queueEmails } from '~/modules/email/outbox.server'
import { enqueueJob } from '~/modules/jobs/enqueue.server'
import { localeOrDefault } from '~/modules/i18n/locales'
import { consumeAttempt, type RateLimitResult } from '~/modules/security/rate-limits.server'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { accountEmails } from './account-emails'
import { findUsableToken, issueEmailToken, useEmailToken } from './email-tokens.server'
import { isGuessablePassword } from './password-policy.server'
import { hashPassword } from './password.server'
import { endAllSessions } from './sessions.server'

/**
 * Asks for a one-hour, single-use link to reset the password. The answer never depends on whether the
 * address is registered, not even in its timing: after the rate limits (the same work for every address),
 * the lookup and the email are left to a job (`emailPasswordResetLink`).
 */
export async function requestPasswordReset(email: string, clientIp: string | null): Promise<RateLimitResult> {
  const address = email.trim().toLowerCase()
  const perIp = await consumeAttempt('reset-ip', clientIp ?? 'unknown')
  if (!perIp.allowed) return perIp
  const perAccount = await consumeAttempt('reset-account', address)
  // Over the per-address limit nothing more is sent, but the person is not told: that would reveal too.
  if (perAccount.allowed) await enqueueJob(passwordResetEmailQueue, { address })
  return { allowed: true }
}

export const passwordResetEmailQueue = 'password-reset-email'

/** Emails the reset link when the address belongs to an active account; otherwise does nothing. */
export async function emailPasswordResetLink(address: string) {
  const user = await prisma.user.findUnique({ where: { email: address } })
  if (!user || user.disabledAt) return
  await prisma.$transaction(async (tx) => {
    const token = await issueEmailToken(tx, { userId: user.id, purpose: 'reset_password' })
    const locale = localeOrDefault(user.locale)
    const link = new URL(`/reset-password/${token}`, getEnv().APP_ORIGIN).toString()
    await queueEmails(tx, [
      { userId: user.id, toAddress: user.email, locale, ...accountEmails.passwordReset[locale](link) },
    ])
  })
}

export const isResetTokenUsable = (token: string) =>
  prisma.$transaction(async (tx) => (await findUsableToken(tx, token, 'reset_password')) !== null)

export type ResetResult = { ok: true; userId: string } | { ok: false; problem: 'link' | 'common-password' }

/** Sets the new password once per link and ends every session of the account. */
export async function resetPassword(token: string, newPassword: string): Promise<ResetResult> {
  const owner = await prisma.$transaction(async (tx) => {
    const usable = await findUsableToken(tx, token, 'reset_password')
    return usable ? tx.user.findUnique({ where: { id: usable.userId } }) : null
  })
  if (!owner) return { ok: false, problem: 'link' }
  if (isGuessablePassword(newPassword, owner)) return { ok: false, problem: 'common-password' }
  const passwordHash = await hashPassword(newPassword)
  const userId = await prisma.$transaction(async (tx) => {
    const used = await useEmailToken(tx, token, 'reset_password')
    if (!used) return null
    await tx.password.upsert({
      where: { userId: used.userId },
      create: { userId: used.userId, hash: passwordHash },
      update: { hash: passwordHash },
    })
    return used.userId
  })
  if (!userId) return { ok: false, problem: 'link' }
  await endAllSessions(userId)
  return { ok: true, userId }
}
