import { DomainError } from '~/utils/domain-error'
import { translateMessage } from '~/modules/i18n/message-keys'
import { messagesFor } from '~/modules/i18n/messages'

/** A message as an English reader sees it (for the CLI, logs and tests). */
export const inEnglish = (raw: string) => translateMessage(messagesFor('en'), raw)

/** The English text of the error a promise is rejected with; fails when it is not rejected. */
export async function englishErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return inEnglish(error instanceof Error ? error.message : String(error))
  }
  throw new Error('Expected the promise to be rejected, but it was fulfilled.')
}

/** The English text of the rule (a DomainError) that refused the call; fails on success or any other error. */
export async function refusalOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error('Expected a refusal, but the call succeeded.'),
    (caught: unknown) => caught,
  )
  if (!(error instanceof DomainError)) throw error
  return inEnglish(error.message)
}
