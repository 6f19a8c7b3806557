import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from '@remix-run/react'
import type { z } from 'zod'
import { Field, FieldErrors, FormErrors } from '~/components/forms'
import { useIntentResult } from '~/components/use-intent-result'

type TitleField = { label: string; hint: string }

/**
 * A form that sends one file (and, for documents, a title) under `intent`. Size and presence are checked
 * in the browser before anything is sent; what the file really is, on the server. Errors show at the field.
 */
export function FileUploadForm({
  intent,
  schema,
  label,
  hint,
  accept,
  button,
  pendingText,
  title,
}: {
  intent: string
  schema: z.ZodType<{ file: File; title?: string }>
  label: string
  hint: string
  accept: string
  button: string
  pendingText: string
  title?: TitleField
}) {
  const navigation = useNavigation()
  const pending = navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  const [form, fields] = useForm<{ file: File; title?: string }>({
    id: `upload-${intent}`,
    lastResult: useIntentResult(intent) as SubmissionResult<string[]> | undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onSubmit',
  })
  const hintId = `${fields.file.id}-hint`
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-3">
      <input type="hidden" name="intent" value={intent} />
      <FormErrors id={form.errorId} errors={form.errors} />
      {title ? (
        <Field
          label={title.label}
          field={fields.title}
          hint={title.hint}
          inputProps={{ ...getInputProps(fields.title, { type: 'text' }), maxLength: 120 }}
        />
      ) : null}
      <div className="space-y-1">
        <label htmlFor={fields.file.id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          {...getInputProps(fields.file, { type: 'file' })}
          accept={accept}
          aria-describedby={[hintId, fields.file.errors?.length ? fields.file.errorId : null]
            .filter(Boolean)
            .join(' ')}
          className="block min-h-11 w-full max-w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:font-semibold file:text-slate-800"
        />
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
        <FieldErrors id={fields.file.errorId} errors={fields.file.errors} />
      </div>
      <button
        type="submit"
        aria-disabled={pending || undefined}
        className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 aria-disabled:opacity-70"
      >
        {pending ? pendingText : button}
      </button>
    </Form>
  )
}
