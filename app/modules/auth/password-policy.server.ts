import { errorMessage } from '~/modules/i18n/message-keys'
import { dictionary } from '@zxcvbn-ts/language-common'

let commonPasswords: Set<string> | undefined

/** Words anyone would try first against an account here: the service's own names. */
const serviceWords = ['eu', 'japan', 'nippon', 'circular', 'metals', 'metal', 'centre', 'center', 'password']

export type PasswordContext = { email?: string; displayName?: string }

const lettersOnly = (value: string) => value.toLowerCase().replace(/[^\p{L}]/gu, '')

/** Whether the password is nothing but the service's and the person's own names, with digits or symbols. */
function madeOfContextWords(password: string, context: PasswordContext) {
  const personal = [context.email?.split('@')[0] ?? '', ...(context.displayName ?? '').split(/\s+/)]
    .map(lettersOnly)
    .filter((word) => word.length >= 3)
  const words = [...personal, ...serviceWords].sort((a, b) => b.length - a.length)
  let rest = lettersOnly(password)
  for (const word of words) rest = rest.split(word).join('')
  return rest.length < 4
}

/**
 * Whether a password is too easy to guess: on the list of common and breached passwords shipped with
 * the app (about 49,000 from zxcvbn-ts, which covers the most common 10,000, compared without case), or
 * made only of the service's name and the person's own name or address.
 */
export function isGuessablePassword(password: string, context: PasswordContext = {}) {
  commonPasswords ??= new Set(dictionary['passwords-common'])
  return commonPasswords.has(password.toLowerCase()) || madeOfContextWords(password, context)
}

export const commonPasswordMessage = errorMessage('passwordCommon')
