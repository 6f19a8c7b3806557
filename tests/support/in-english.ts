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
