import { Form } from '@remix-run/react'
import { useId, type ReactNode } from 'react'
import { translateMessage } from '~/modules/i18n/message-keys'
import { useT } from '~/modules/i18n/use-translation'

/** A staff action that needs a reason: the reason is required and shown to the person affected. */
export function ReasonForm({
  intent,
  label,
  buttonLabel,
  tone = 'neutral',
  hidden = {},
  error,
}: {
  intent: string
  label: ReactNode
  buttonLabel: string
  tone?: 'neutral' | 'danger'
  hidden?: Record<string, string>
  error?: string | null
}) {
  const id = useId()
  const t = useT()
  const buttonClass =
    tone === 'danger'
      ? 'border-red-300 text-red-700 hover:bg-red-50'
      : 'border-slate-300 text-slate-800 hover:bg-slate-100'
  return (
    <Form method="post" className="space-y-2">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={`${id}-reason`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        rows={2}
        required
        maxLength={2000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 px-3 py-2"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {translateMessage(t, error)}
        </p>
      ) : null}
      <button type="submit" className={`rounded-md border px-4 py-2 text-sm font-semibold ${buttonClass}`}>
        {buttonLabel}
      </button>
    </Form>
  )
}
