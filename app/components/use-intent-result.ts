import { useActionData } from '@remix-run/react'

/**
 * On a page with several forms posting `intent`, the action's result for the form with this intent only
 * (the action answers `{ intent, result }`), so that one form's errors do not show in another.
 */
export function useIntentResult(intent: string) {
  const data = useActionData() as { intent?: unknown; result?: unknown } | undefined
  return data?.intent === intent ? (data.result as never) : undefined
}
