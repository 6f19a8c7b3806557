import { getInputProps, type FieldMetadata } from '@conform-to/react'
import type { ComponentProps, ReactNode } from 'react'
import { translateMessage } from '~/modules/i18n/message-keys'
import { useT } from '~/modules/i18n/use-translation'

type FieldProps = {
  label: string
  /** Conform's field: gives the ids that tie the label, hint and errors to the input. */
  field: FieldMeta
  hint?: ReactNode
  inputProps: ComponentProps<'input'> & { key?: string | number | null }
}

/** A labelled input whose hint and errors are announced with it. */
export function Field({ label, field, hint, inputProps }: FieldProps) {
  const { key, ...input } = inputProps
  return (
    <FieldShell label={label} field={field} hint={hint}>
      <input
        key={key ?? undefined}
        {...input}
        id={field.id}
        aria-describedby={describedByOf(field, hint)}
        className={controlClass}
      />
    </FieldShell>
  )
}

/** The label, hint and errors around one control, tied to it by Conform's ids. */
function FieldShell({
  label,
  field,
  hint,
  children,
}: {
  label: string
  field: FieldMeta
  hint?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={field.id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <Hint id={field.descriptionId} hint={hint} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  )
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const t = useT()
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-700">
      {errors?.map((error) => (
        <p key={error}>{translateMessage(t, error)}</p>
      ))}
    </div>
  )
}

/** Errors about the form as a whole (e.g. wrong credentials), announced when they appear (role=alert). */
export function FormErrors({ id, errors }: { id: string; errors?: string[] }) {
  const t = useT()
  if (!errors?.length) return null
  return (
    <div id={id} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {errors.map((error) => (
        <p key={error}>{translateMessage(t, error)}</p>
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

type FieldMeta = { id: string; errorId: string; descriptionId: string; errors?: string[] }

function describedByOf(field: FieldMeta, hint: unknown) {
  return (
    [hint ? field.descriptionId : null, field.errors?.length ? field.errorId : null]
      .filter(Boolean)
      .join(' ') || undefined
  )
}

const controlClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-600'

export function TextAreaField({
  label,
  field,
  hint,
  textareaProps,
}: {
  label: string
  field: FieldMeta
  hint?: ReactNode
  textareaProps: ComponentProps<'textarea'> & { key?: string | number | null }
}) {
  const { key, ...textarea } = textareaProps
  return (
    <FieldShell label={label} field={field} hint={hint}>
      <textarea
        key={key ?? undefined}
        rows={6}
        {...textarea}
        id={field.id}
        aria-describedby={describedByOf(field, hint)}
        className={controlClass}
      />
    </FieldShell>
  )
}

export function SelectField({
  label,
  field,
  hint,
  selectProps,
  options,
  placeholder,
}: {
  label: string
  field: FieldMeta
  hint?: ReactNode
  selectProps: ComponentProps<'select'> & { key?: string | number | null }
  options: { value: string; label: string }[]
  placeholder?: string
}) {
  const { key, ...select } = selectProps
  return (
    <FieldShell label={label} field={field} hint={hint}>
      <select
        key={key ?? undefined}
        {...select}
        id={field.id}
        aria-describedby={describedByOf(field, hint)}
        className={controlClass}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

/** A group of checkboxes with a legend, for choosing several codes. */
export function CheckboxGroup({
  legend,
  name,
  field,
  hint,
  options,
  selected,
  columns = 2,
}: {
  legend: string
  name: string
  field: FieldMeta
  hint?: ReactNode
  options: { value: string; label: string; note?: string }[]
  selected: string[]
  columns?: 1 | 2 | 3
}) {
  const grid = { 1: 'sm:grid-cols-1', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3' }[columns]
  return (
    <fieldset aria-describedby={describedByOf(field, hint)} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <Hint id={field.descriptionId} hint={hint} />
      <div className={`grid gap-x-4 gap-y-1 ${grid}`}>
        {options.map((option) => {
          const id = `${field.id}-${option.value}`
          return (
            <label key={option.value} htmlFor={id} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                aria-invalid={field.errors?.length ? true : undefined}
                className="mt-1 h-4 w-4 shrink-0 rounded border-slate-400"
              />
              <span>
                {option.label}
                {option.note ? <span className="ml-1 text-xs text-slate-500">{option.note}</span> : null}
              </span>
            </label>
          )
        })}
      </div>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  )
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null
  return (
    <p id={id} className="text-sm text-slate-600">
      {hint}
    </p>
  )
}

const credentialInputs = {
  email: { type: 'email', autoComplete: 'email' },
  'current-password': { type: 'password', autoComplete: 'current-password' },
  'new-password': { type: 'password', autoComplete: 'new-password' },
} as const

/** An email or password field with the type and autocomplete hint that password managers expect. */
export function CredentialField({
  kind,
  label,
  field,
  hint,
}: {
  kind: keyof typeof credentialInputs
  label: string
  field: FieldMetadata<string>
  hint?: ReactNode
}) {
  const { type, autoComplete } = credentialInputs[kind]
  return (
    <Field
      label={label}
      field={field}
      hint={hint}
      inputProps={{ ...getInputProps(field, { type }), autoComplete }}
    />
  )
}
