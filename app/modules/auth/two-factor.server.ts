import { createHash, randomBytes } from 'node:crypto'
import { decodeBase32IgnorePadding, encodeBase32NoPadding } from '@oslojs/encoding'
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp'
import QRCode from 'qrcode'
import { prisma } from '~/utils/db.server'
import { verifyPassword } from './password.server'
import { hasStaffRole } from './roles'

const period = 30
const digits = 6
const recoveryCodeCount = 10
const issuer = 'EU-Japan Circular Metals'

const currentStep = (now = Date.now()) => Math.floor(now / 1000 / period)
const hashOf = (code: string) => createHash('sha256').update(code).digest('hex')
const normaliseRecoveryCode = (code: string) =>
  code
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

export const newTotpSecret = () => encodeBase32NoPadding(randomBytes(20))

/** The code an authenticator app shows now for this secret (used by tests and the demo CLI). */
export function totpCodeFor(secret: string, now = Date.now()) {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(currentStep(now)), digits)
}

/** The step (of the current one or either side: clocks drift) whose code this is, after `lastStep`. */
function acceptedStep(secret: string, code: string, lastStep: number | null, now: number) {
  if (!/^\d{6}$/.test(code.trim())) return null
  const key = decodeBase32IgnorePadding(secret)
  const step = currentStep(now)
  for (const candidate of [step - 1, step, step + 1]) {
    if (lastStep !== null && candidate <= lastStep) continue
    if (generateHOTP(key, BigInt(candidate), digits) === code.trim()) return candidate
  }
  return null
}

/**
 * Accepts a code of the account's authenticator (while 2FA is on) once: the accepted step is remembered
 * and no code of it or before it works again.
 */
export async function verifyTotp(userId: string, code: string, now = Date.now()) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  if (!user.totpSecret || !user.totpEnabledAt) return false
  const step = acceptedStep(user.totpSecret, code, user.totpLastStep, now)
  if (step === null) return false
  const { count } = await prisma.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  })
  return count === 1
}

/** Uses one recovery code, once. */
export async function useRecoveryCode(userId: string, code: string) {
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: hashOf(normaliseRecoveryCode(code)), usedAt: null },
    data: { usedAt: new Date() },
  })
  return count === 1
}

/** The password and a current code: what replacing or removing a second factor asks for. */
export type Reauthentication = { password: string; code: string }

async function reauthenticates(userId: string, { password, code }: Reauthentication) {
  const stored = await prisma.password.findUnique({ where: { userId } })
  if (!stored || !(await verifyPassword(stored.hash, password))) return false
  return verifyTotp(userId, code)
}

export type TwoFactorChange = { ok: true } | { ok: false; problem: 'reauthenticate' | 'staff-must-keep' }

/**
 * Starts enrolling an authenticator: a new secret kept aside until a code from it is confirmed. The
 * current second factor, if any, stays in force meanwhile; replacing it needs the password and a code.
 */
export async function beginTwoFactorSetup(
  userId: string,
  reauthentication?: Reauthentication,
): Promise<TwoFactorChange> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  if (user.totpEnabledAt && !(reauthentication && (await reauthenticates(userId, reauthentication))))
    return { ok: false, problem: 'reauthenticate' }
  await prisma.user.update({ where: { id: userId }, data: { totpPendingSecret: newTotpSecret() } })
  return { ok: true }
}

/** Gives up an enrolment not yet confirmed; the current second factor is untouched. */
export async function cancelTwoFactorSetup(userId: string) {
  await prisma.user.update({ where: { id: userId }, data: { totpPendingSecret: null } })
}

/** What the authenticator app being enrolled needs: the secret as a QR code (SVG) and as text. */
export async function setupDetails(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  if (!user.totpPendingSecret) return null
  const secret = user.totpPendingSecret
  const uri = createTOTPKeyURI(issuer, user.email, decodeBase32IgnorePadding(secret), period, digits)
  return { secret, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) }
}

async function replaceRecoveryCodes(userId: string) {
  const codes = Array.from({ length: recoveryCodeCount }, () => {
    const raw = encodeBase32NoPadding(randomBytes(7)).toLowerCase().slice(0, 10)
    return `${raw.slice(0, 5)}-${raw.slice(5)}`
  })
  await prisma.$transaction([
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.recoveryCode.createMany({
      data: codes.map((code) => ({ userId, codeHash: hashOf(normaliseRecoveryCode(code)) })),
    }),
  ])
  return codes
}

/**
 * Puts the enrolled authenticator in force once the person proves it works (a code from it): it replaces
 * the previous one, if any. Returns new recovery codes, shown once; null for a wrong code.
 */
export async function enableTwoFactor(userId: string, code: string, now = Date.now()) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  if (!user.totpPendingSecret) return null
  const step = acceptedStep(user.totpPendingSecret, code, null, now)
  if (step === null) return null
  const { count } = await prisma.user.updateMany({
    where: { id: userId, totpPendingSecret: user.totpPendingSecret },
    data: {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: new Date(),
      totpLastStep: step,
    },
  })
  if (count !== 1) return null
  return replaceRecoveryCodes(userId)
}

export async function regenerateRecoveryCodes(userId: string, code: string) {
  if (!(await verifyTotp(userId, code))) return null
  return replaceRecoveryCodes(userId)
}

/** Turns 2FA off; needs the password and a current code. Centre staff must keep it on. */
export async function disableTwoFactor(
  userId: string,
  reauthentication: Reauthentication,
): Promise<TwoFactorChange> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  if (hasStaffRole(user.role)) return { ok: false, problem: 'staff-must-keep' }
  if (!(await reauthenticates(userId, reauthentication))) return { ok: false, problem: 'reauthenticate' }
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    }),
    prisma.recoveryCode.deleteMany({ where: { userId } }),
  ])
  return { ok: true }
}

export async function twoFactorStatus(userId: string) {
  const [user, unusedCodes] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ])
  return {
    enabled: user.totpEnabledAt !== null,
    settingUp: user.totpPendingSecret !== null,
    unusedCodes,
  }
}
