import type { ComponentProps, ReactNode } from 'react'

type FieldProps = {
  label: string
  /** Conform's field: gives the ids that tie the label, hint and errors to the input. */
  field: { id: string; errorId: string; descriptionId: string; errors?: string[] }
  hint?: ReactNode
  inputProps: ComponentProps<'input'> & { key?: string | number | null }
}

/** A labelled input whose hint and errors are announced with it. */
export function Field({ label, field, hint, inputProps }: FieldProps) {
  const { key, ...input } = inputProps
  const describedBy = [hint ? field.descriptionId : null, field.errors?.length ? field.errorId : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="space-y-1">
      <label htmlFor={field.id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        key={key ?? undefined}
        {...input}
        id={field.id}
        aria-describedby={describedBy || undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-600"
      />
      {hint ? (
        <p id={field.descriptionId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  )
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-700">
      {errors?.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </div>
  )
}

/** Errors about the form as a whole (e.g. wrong credentials), announced when they appear (role=alert). */
export function FormErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <div id={id} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </div>
  )
}

export function SubmitButton({
  children,
  pending,
  ...props
}: ComponentProps<'button'> & { pending?: boolean }) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      {...props}
      className="inline-flex w-full justify-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 aria-disabled:opacity-70"
    >
      {children}
    </button>
  )
}
