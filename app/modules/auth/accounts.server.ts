import { errorMessage } from '~/modules/i18n/message-keys'
import type { Locale } from '~/modules/i18n/locales'
import type { Role } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { isUniqueViolation } from '~/utils/prisma-errors.server'
import { commonPasswordMessage, isGuessablePassword } from './password-policy.server'
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password.server'
import { DomainError } from '~/utils/domain-error'

export type NewAccount = {
  email: string
  password: string
  displayName: string
  role?: Role
  /** An authenticator key to start with two-factor authentication on (demo and test accounts). */
  totpSecret?: string
  /** False for sign-ups: the address must be confirmed by the emailed link before logging in. */
  emailVerified?: boolean
  /** The language of the pages and emails; sign-up passes the one the visitor was reading. */
  locale?: Locale
}

export class EmailTakenError extends Error {
  constructor() {
    super(errorMessage('emailTaken'))
  }
}

/** The password is on the common-password list or made of the person's name or address. */
export class CommonPasswordError extends DomainError {
  constructor() {
    super(commonPasswordMessage, 400, 'password')
  }
}

/**
 * Creates an account with a hashed password, refusing passwords from the common-password list.
 * Emails are compared in lower case.
 */
export async function createAccount({
  email,
  password,
  displayName,
  role = 'member',
  totpSecret,
  emailVerified = true,
  locale,
}: NewAccount) {
  if (isGuessablePassword(password, { email, displayName })) throw new CommonPasswordError()
  const passwordHash = await hashPassword(password)
  try {
    return await prisma.user.create({
      data: {
        email: email.trim().toLowerCase(),
        displayName,
        role,
        password: { create: { hash: passwordHash } },
        ...(totpSecret ? { totpSecret, totpEnabledAt: new Date() } : {}),
        emailVerifiedAt: emailVerified ? new Date() : null,
        locale,
      },
      select: { id: true, email: true, displayName: true, role: true },
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError()
    throw error
  }
}

/**
 * The account these credentials open, or null. An unknown email and a wrong password take the same
 * time and give the same answer. A disabled account comes back with `disabledReason`.
 */
export async function verifyCredentials(email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      disabledReason: true,
      disabledAt: true,
      totpEnabledAt: true,
      emailVerifiedAt: true,
      password: { select: { hash: true } },
    },
  })
  if (!user?.password) return verifyAgainstNothing(password).then(() => null)
  if (!(await verifyPassword(user.password.hash, password))) return null
  // Only someone who knows the password learns that the account is disabled, and why.
  return user.disabledAt
    ? { id: user.id, disabledReason: user.disabledReason ?? '' }
    : { id: user.id, twoFactor: user.totpEnabledAt !== null, verified: user.emailVerifiedAt !== null }
}

/** Creates the account, or gives an existing one this role and password (used by the CLI). */
export async function upsertAccountWithRole(
  account: Required<Omit<NewAccount, 'totpSecret' | 'emailVerified' | 'locale'>>,
) {
  const email = account.email.trim().toLowerCase()
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } })
  if (!existing) return { created: true, user: await createAccount({ ...account, email }) }
  const passwordHash = await hashPassword(account.password)
  const user = await prisma.user.update({
    where: { id: existing.id },
    data: {
      role: account.role,
      displayName: account.displayName,
      password: { upsert: { create: { hash: passwordHash }, update: { hash: passwordHash } } },
    },
    select: { id: true, email: true, displayName: true, role: true },
  })
  return { created: false, user }
}

/** Remembers the zone a person enters and reads meeting times in. */
export async function rememberTimeZone(userId: string, timeZone: string) {
  await prisma.user.update({ where: { id: userId }, data: { timeZone } })
}

/** The language a person reads the site and their emails in. */
export async function savePreferredLocale(userId: string, locale: Locale) {
  await prisma.user.update({ where: { id: userId }, data: { locale } })
}

/** The language of a person's pages and emails, and the zone of their meeting times. */
export async function savePreferences(userId: string, preferences: { locale: string; timeZone: string }) {
  await prisma.user.update({ where: { id: userId }, data: preferences })
}
