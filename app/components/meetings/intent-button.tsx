import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useIntentResult } from '~/components/use-intent-result'
import { FormErrors } from '~/components/forms'

type Result = { initialValue?: Record<string, unknown>; error?: Record<string, string[] | null> } | undefined

/** The errors of the last answer to this intent, when it was about the item with these values. */
export function useItemErrors(intent: string, values: Record<string, string>) {
  const result = useIntentResult(intent) as Result
  if (!result) return []
  const same = Object.entries(values).every(([key, value]) => result.initialValue?.[key] === value)
  return same ? Object.values(result.error ?? {}).flatMap((errors) => errors ?? []) : []
}

/**
 * A one-button form for an action on one item (accept, call off, delete...). A destructive one asks
 * first; a refusal is shown beside the button it answers.
 */
export function IntentButton({
  intent,
  values,
  children,
  confirmText,
  tone = 'primary',
}: {
  intent: string
  values: Record<string, string>
  children: ReactNode
  confirmText?: string
  tone?: 'primary' | 'danger' | 'plain'
}) {
  const errors = useItemErrors(intent, values)
  const style = {
    primary: 'bg-brand-600 text-white hover:bg-brand-700',
    danger: 'border border-red-300 text-red-700 hover:bg-red-50',
    plain: 'border border-slate-300 text-slate-800 hover:bg-slate-50',
  }[tone]
  return (
    <Form
      method="post"
      className="inline-block"
      onSubmit={(event) => {
        if (confirmText && !confirm(confirmText)) event.preventDefault()
      }}
    >
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`min-h-11 rounded-md px-3 font-semibold ${style}`}>
        {children}
      </button>
      <div className="mt-1">
        <FormErrors id={`${intent}-errors-${Object.values(values).join('-') || 'form'}`} errors={errors} />
      </div>
    </Form>
  )
}
