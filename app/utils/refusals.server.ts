import { json } from '@remix-run/node'
import { DomainError } from './domain-error'

type ReplyOptions = { formErrors?: string[]; fieldErrors?: Record<string, string[]>; hideFields?: string[] }
type Replyable<Result> = { reply: (options: ReplyOptions) => Result }

/**
 * A Conform form's reply to a refused rule, not yet wrapped: the message on the field it concerns, else
 * above the form, and the status the rule chose. Any other error goes on as it is.
 */
export function refusalResult<Result>(
  submission: Replyable<Result>,
  error: unknown,
  { hideFields }: { hideFields?: string[] } = {},
) {
  if (!(error instanceof DomainError)) throw error
  const errors = error.field
    ? { fieldErrors: { [error.field]: [error.message] } }
    : { formErrors: [error.message] }
  return { result: submission.reply({ ...errors, hideFields }), status: error.status }
}

/** The same as the action's answer: every Conform form shows refusals this way. */
export function refusalReply<Result>(
  submission: Replyable<Result>,
  error: unknown,
  options: { hideFields?: string[] } = {},
) {
  const { result, status } = refusalResult(submission, error, options)
  return json(result, { status })
}

/**
 * The answer of an action whose form is a button or a single reason field (no Conform submission): the
 * message as `error`, beside what the page needs to show it at the right form, with the rule's status.
 */
export function refusalData<Extra extends object>(error: unknown, extra: Extra) {
  if (!(error instanceof DomainError)) throw error
  return json({ ...extra, error: error.message }, { status: error.status })
}
