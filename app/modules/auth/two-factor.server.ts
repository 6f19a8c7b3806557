import { createHash, randomBytes } from 'node:crypto'
import { decodeBase32IgnorePadding, encodeBase32NoPadding } from '@oslojs/encoding'
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp'
import QRCode from 'qrcode'
import { prisma } from '~/utils/db.server'
import { verifyPassword } from './password.server'

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

/**
 * Accepts a code of the current 30-second step or the one on either side (clocks drift), once: the
 * accepted step is remembered and no code of it or before it works again.
 */
export async function verifyTotp(userId: string, code: string, now = Date.now()) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  if (!user.totpSecret || !/^\d{6}$/.test(code.trim())) return false
  const key = decodeBase32IgnorePadding(user.totpSecret)
  const step = currentStep(now)
  for (const candidate of [step - 1, step, step + 1]) {
    if (user.totpLastStep !== null && candidate <= user.totpLastStep) continue
    if (generateHOTP(key, BigInt(candidate), digits) !== code.trim()) continue
    const { count } = await prisma.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: candidate } }] },
      data: { totpLastStep: candidate },
    })
    return count === 1
  }
  return false
}

/** Uses one recovery code, once. */
export async function useRecoveryCode(userId: string, code: string) {
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: hashOf(normaliseRecoveryCode(code)), usedAt: null },
    data: { usedAt: new Date() },
  })
  return count === 1
}

/** Starts setting up: a new secret that is not yet required at log-in. */
export async function beginTwoFactorSetup(userId: string) {
  await prisma.user.update({
    where: { id: userId },
    data: { totpSecret: newTotpSecret(), totpEnabledAt: null, totpLastStep: null },
  })
}

/** What the authenticator app needs: the secret as a QR code (SVG) and as text. */
export async function setupDetails(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  if (!user.totpSecret || user.totpEnabledAt) return null
  const uri = createTOTPKeyURI(issuer, user.email, decodeBase32IgnorePadding(user.totpSecret), period, digits)
  return { secret: user.totpSecret, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) }
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

/** Turns 2FA on once the person proves their app works; returns the recovery codes, shown once. */
export async function enableTwoFactor(userId: string, code: string) {
  if (!(await verifyTotp(userId, code))) return null
  await prisma.user.update({ where: { id: userId }, data: { totpEnabledAt: new Date() } })
  return replaceRecoveryCodes(userId)
}

export async function regenerateRecoveryCodes(userId: string, code: string) {
  if (!(await verifyTotp(userId, code))) return null
  return replaceRecoveryCodes(userId)
}

/** Turns 2FA off; needs the password and a current code. */
export async function disableTwoFactor(userId: string, password: string, code: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { password: true } })
  if (!user.password || !(await verifyPassword(user.password.hash, password))) return false
  if (!(await verifyTotp(userId, code))) return false
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    }),
    prisma.recoveryCode.deleteMany({ where: { userId } }),
  ])
  return true
}

export async function twoFactorStatus(userId: string) {
  const [user, unusedCodes] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ])
  return {
    enabled: user.totpEnabledAt !== null,
    settingUp: !user.totpEnabledAt && !!user.totpSecret,
    unusedCodes,
  }
}
