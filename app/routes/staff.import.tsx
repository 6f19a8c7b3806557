import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useNavigation } from '@remix-run/react'
import { requireStaff } from '~/modules/auth/session.server'
import { importOrganisations, type ImportResult } from '~/modules/profiles/import.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { messagesFor, type Messages } from '~/modules/i18n/messages'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { SuccessMessage } from '~/components/success-message'
import { readUpload } from '~/modules/security/form-data.server'

/** A field of the file in words: the profile form's label where there is one ("contact.email": "Contact email"). */
function importFieldName(texts: Messages, field: string) {
  const [top = field, part] = field.split('.')
  const formKey = top === 'contact' && part ? `contact${part[0]!.toUpperCase()}${part.slice(1)}` : top
  return (
    (texts.profiles.fields as Record<string, string>)[formKey] ?? texts.staff.import.fieldNames[top] ?? field
  )
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.import.title)

const maxFileBytes = 5 * 1024 * 1024

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  return null
}

type ImportResponse = ImportResult | { ok: false; error: string }

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const t = messagesFor(resolveLocale(request, staff.locale)).staff.import
  const formData = await readUpload(request, context, maxFileBytes)
  if (formData === 'too-large') return json<ImportResponse>({ ok: false, error: t.tooLarge }, { status: 413 })
  const file = formData.get('file')
  if (!(file instanceof File) || file.size === 0) {
    return json<ImportResponse>({ ok: false, error: errorMessage('fileRequired') }, { status: 400 })
  }
  if (!file.name.toLowerCase().endsWith('.json')) {
    return json<ImportResponse>({ ok: false, error: t.notJsonName }, { status: 400 })
  }
  let data: unknown
  try {
    data = JSON.parse(await file.text())
  } catch {
    return json<ImportResponse>({ ok: false, error: errorMessage('fileNotJson') }, { status: 400 })
  }
  const result = await importOrganisations(data, staff.id)
  return json<ImportResponse>(result, { status: result.ok ? 200 : 400 })
}

export default function StaffImportPage() {
  const result = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const texts = useT()
  const t = texts.staff.import
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-2 text-slate-700">{t.intro}</p>
      </div>
      <Form
        method="post"
        encType="multipart/form-data"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            {t.file}
          </label>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".json,application/json"
            required
            className="mt-1 block"
          />
        </div>
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {pending ? t.submitting : t.submit}
        </button>
      </Form>
      <div aria-live="polite">
        {result?.ok ? <SuccessMessage>{t.imported(result)}</SuccessMessage> : null}
        {result && !result.ok && 'error' in result ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            {translateMessage(texts, result.error)}
          </p>
        ) : null}
        {result && !result.ok && 'problems' in result ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
            <p className="font-semibold">{t.problems}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
              {result.problems.map((problem, index) => {
                const field = importFieldName(texts, problem.field)
                const where = problem.row === null ? t.file2 : t.row({ row: problem.row, name: problem.name })
                return (
                  <li key={index}>
                    {problem.message === errorMessage('fieldMissing')
                      ? `${where}: ${t.missing({ field })}`
                      : `${where}, ${field}: ${translateMessage(texts, problem.message)}`}
                  </li>
                )
              })}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  )
}
