import { queueEmails } from '~/modules/email/outbox.server'
import { localeOrDefault, type Locale } from '~/modules/i18n/locales'
import { consumeAttempt } from '~/modules/security/rate-limits.server'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { accountEmails } from './account-emails'
import { CommonPasswordError, createAccount, EmailTakenError } from './accounts.server'
import { findUsableToken, issueEmailToken, useEmailToken } from './email-tokens.server'
import { isGuessablePassword } from './password-policy.server'
import { verifyAgainstNothing } from './password.server'

const verificationLifetimeMinutes = 24 * 60
const linkTo = (path: string) => new URL(path, getEnv().APP_ORIGIN).toString()

async function sendVerificationLink(userId: string) {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } })
    const token = await issueEmailToken(tx, {
      userId,
      purpose: 'verify_email',
      lifetimeMinutes: verificationLifetimeMinutes,
    })
    const locale = localeOrDefault(user.locale)
    await queueEmails(tx, [
      {
        userId,
        toAddress: user.email,
        locale,
        ...accountEmails.verifyEmail[locale](linkTo(`/verify-email/${token}`)),
      },
    ])
  })
}

async function tellOwnerOfAttempt(email: string) {
  // A few such emails per address and hour at most, so sign-up cannot be used to flood an inbox.
  if (!(await consumeAttempt('reset-account', `signup:${email}`)).allowed) return
  const owner = await prisma.user.findUnique({ where: { email } })
  if (!owner) return
  const locale = localeOrDefault(owner.locale)
  await prisma.$transaction((tx) =>
    queueEmails(tx, [
      {
        userId: owner.id,
        toAddress: owner.email,
        locale,
        ...accountEmails.alreadyRegistered[locale](linkTo('/forgot-password')),
      },
    ]),
  )
}

/**
 * Opens an account that can log in once its address is confirmed by the emailed link. For an address
 * that already has an account, its owner is emailed instead; the person signing up sees the same
 * answer either way, so sign-up does not reveal who is registered.
 */
export async function signUp(input: {
  displayName: string
  email: string
  password: string
  locale?: Locale
}) {
  // Checked first, so that the answer does not depend on whether the address is registered.
  if (isGuessablePassword(input.password, input)) throw new CommonPasswordError()
  const email = input.email.trim().toLowerCase()
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
    // As long as hashing a new password would take: the time does not tell either.
    await verifyAgainstNothing(input.password)
    return tellOwnerOfAttempt(email)
  }
  try {
    const user = await createAccount({ ...input, email, emailVerified: false })
    await sendVerificationLink(user.id)
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error
    await tellOwnerOfAttempt(email)
  }
}

/** Sends a new link to an unconfirmed account; says nothing about whether there is one. */
export async function resendVerificationLink(email: string) {
  const address = email.trim().toLowerCase()
  if (!(await consumeAttempt('reset-account', `verify:${address}`)).allowed) return
  const user = await prisma.user.findUnique({ where: { email: address } })
  if (user && !user.emailVerifiedAt && !user.disabledAt) await sendVerificationLink(user.id)
}

export const isVerificationTokenUsable = (token: string) =>
  prisma.$transaction(async (tx) => (await findUsableToken(tx, token, 'verify_email')) !== null)

/** Confirms the address once; returns the account to log in, or null for a used or expired link. */
export async function verifyEmail(token: string) {
  return prisma.$transaction(async (tx) => {
    const used = await useEmailToken(tx, token, 'verify_email')
    if (!used) return null
    const user = await tx.user.update({ where: { id: used.userId }, data: { emailVerifiedAt: new Date() } })
    return user.disabledAt ? null : user.id
  })
}
