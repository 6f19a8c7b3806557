import { parseWithZod } from '@conform-to/zod/v4'
import { json } from '@remix-run/node'
import { errorMessage } from '~/modules/i18n/message-keys'
import type { IntentEntry } from './intents'
import { refusalResult } from './refusals.server'

/**
 * Runs the intent a form posted: parses it with its schema and calls its module. On invalid input or a
 * refused rule, answers `{ intent, result }` (the Conform reply, shown at that form only, see
 * `useIntentResult`) with the status; on success returns the intent's name and what it returned.
 */
export async function runIntent<Acting, Table extends Record<string, IntentEntry<Acting>>>(
  formData: FormData,
  table: Table,
  acting: Acting,
): Promise<{ done: keyof Table & string; value: unknown } | Response> {
  const name = formData.get('intent')
  if (typeof name !== 'string' || !Object.hasOwn(table, name))
    throw new Response(errorMessage('notUnderstood'), { status: 400 })
  const { schema, run } = table[name]!
  const submission = parseWithZod(formData, { schema })
  const reply = (result: unknown, status = 400) => json({ intent: name, result }, { status })
  if (submission.status !== 'success') return reply(submission.reply())
  try {
    return { done: name, value: await run(acting, submission.value as never) }
  } catch (error) {
    const { result, status } = refusalResult(submission, error)
    return reply(result, status)
  }
}
