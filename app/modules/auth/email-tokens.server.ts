import { createHash, randomBytes } from 'node:crypto'
import type { Prisma } from '~/generated/prisma/client'
import type { EmailTokenPurpose } from '~/generated/prisma/enums'

export const emailTokenLifetimeMinutes = 60

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * A new single-use token for a link in an email; earlier unused ones for the same purpose stop working.
 * Only its hash is stored, so a copy of the database opens nothing.
 */
export async function issueEmailToken(
  tx: Prisma.TransactionClient,
  input: {
    userId: string
    purpose: EmailTokenPurpose
    newEmail?: string
    now?: Date
    lifetimeMinutes?: number
  },
) {
  const now = input.now ?? new Date()
  await tx.emailToken.updateMany({
    where: { userId: input.userId, purpose: input.purpose, usedAt: null },
    data: { usedAt: now },
  })
  const token = randomBytes(32).toString('base64url')
  await tx.emailToken.create({
    data: {
      tokenHash: hashOf(token),
      userId: input.userId,
      purpose: input.purpose,
      newEmail: input.newEmail ?? null,
      expiresAt: new Date(now.getTime() + (input.lifetimeMinutes ?? emailTokenLifetimeMinutes) * 60_000),
    },
  })
  return token
}

/** The token's record while it is unused and unexpired (without using it), else null. */
export async function findUsableToken(
  tx: Prisma.TransactionClient,
  token: string,
  purpose: EmailTokenPurpose,
) {
  const found = await tx.emailToken.findUnique({ where: { tokenHash: hashOf(token) } })
  if (!found || found.purpose !== purpose || found.usedAt || found.expiresAt <= new Date()) return null
  return found
}

/** Uses the token once: the first caller gets its record, any later one null. */
export async function useEmailToken(tx: Prisma.TransactionClient, token: string, purpose: EmailTokenPurpose) {
  const now = new Date()
  const { count } = await tx.emailToken.updateMany({
    where: { tokenHash: hashOf(token), purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  })
  if (count !== 1) return null
  return tx.emailToken.findUnique({ where: { tokenHash: hashOf(token) } })
}
