import { dictionary } from '@zxcvbn-ts/language-common'

let commonPasswords: Set<string> | undefined

/**
 * Whether a password is on the list of common and breached passwords shipped with the app (about
 * 49,000 from zxcvbn-ts, which covers the most common 10,000), compared without case.
 */
export function isCommonPassword(password: string) {
  commonPasswords ??= new Set(dictionary['passwords-common'])
  return commonPasswords.has(password.toLowerCase())
}

export const commonPasswordMessage =
  'This password is on a list of common or breached passwords: choose another one.'
