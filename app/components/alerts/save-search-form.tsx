import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Link, useFetcher } from '@remix-run/react'
import { Field, FormErrors } from '~/components/forms'
import { SuccessMessage } from '~/components/success-message'
import { saveSearchSchema } from '~/modules/alerts/saved-search-fields'
import { useT } from '~/modules/i18n/use-translation'

type SaveReply = { intent?: string; result?: SubmissionResult<string[]>; saved?: boolean }

/**
 * "Save this search" on the directory: a name (suggested from the words and filters) and a button; the
 * page stays where it is, and says where the saved searches are.
 */
export function SaveSearchForm({ search, suggestedName }: { search: string; suggestedName: string }) {
  const fetcher = useFetcher<SaveReply>()
  const t = useT().profiles.savedSearches
  const [form, fields] = useForm({
    id: `save-search-${search}`,
    lastResult: fetcher.state === 'idle' ? fetcher.data?.result : undefined,
    defaultValue: { name: suggestedName.slice(0, 80), query: search },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: saveSearchSchema }),
  })
  const pending = fetcher.state !== 'idle'
  if (fetcher.data?.saved && fetcher.state === 'idle') {
    return (
      <SuccessMessage className="text-sm">
        {t.done.save}{' '}
        <Link to="/saved-searches" className="font-medium underline">
          {t.openList}
        </Link>
      </SuccessMessage>
    )
  }
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-700">
        {t.saveHeading}
      </summary>
      <fetcher.Form method="post" action="/saved-searches" className="mt-2 space-y-3" {...getFormProps(form)}>
        <p className="text-sm text-slate-700">{t.saveHint}</p>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="save" />
        <input {...getInputProps(fields.query, { type: 'hidden' })} />
        <Field
          label={t.name}
          field={fields.name}
          inputProps={{ ...getInputProps(fields.name, { type: 'text' }), maxLength: 80 }}
        />
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
        >
          {pending ? t.saving : t.save}
        </button>
      </fetcher.Form>
    </details>
  )
}
