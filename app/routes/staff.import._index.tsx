import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { requireStaff } from '~/modules/auth/session.server'
import { importFileLimits, readImportFile } from '~/modules/profiles/import-files.server'
import { prepareImport } from '~/modules/profiles/import-preview.server'
import type { ImportProblem } from '~/modules/profiles/import-table'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { messagesFor } from '~/modules/i18n/messages'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { ImportProblems } from '~/components/import/import-problems'
import { SuccessMessage } from '~/components/success-message'
import { readUpload } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.import.title)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  return null
}

type CheckResponse = { ok: false; error: string } | { ok: false; problems: ImportProblem[] }

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const t = messagesFor(resolveLocale(request, staff.locale)).staff.import
  const formData = await readUpload(request, context, importFileLimits.bytes)
  if (formData === 'too-large') return json<CheckResponse>({ ok: false, error: t.tooLarge }, { status: 413 })
  const file = formData.get('file')
  if (!(file instanceof File) || file.size === 0) {
    return json<CheckResponse>({ ok: false, error: errorMessage('fileRequired') }, { status: 400 })
  }
  const read = await readImportFile(file)
  if (!read.ok) return json<CheckResponse>(read, { status: 400 })
  const prepared = await prepareImport({ ...read, fileName: file.name }, staff.id)
  if (!prepared.ok) return json<CheckResponse>(prepared, { status: 400 })
  return redirect(`/staff/import/${prepared.id}`)
}

export default function StaffImportPage() {
  const result = useActionData<typeof action>()
  const pending = useNavigation().state === 'submitting'
  const discarded = useSearchParams()[0].get('done') === 'discarded'
  const texts = useT()
  const t = texts.staff.import
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-2 text-slate-700">{t.intro}</p>
      </div>
      <section aria-labelledby="import-templates" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="import-templates" className="font-semibold">
          {t.templateHeading}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t.templateIntro}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <a
            href="/staff/import/template.xlsx"
            download
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 font-semibold text-brand-700 hover:bg-slate-50"
          >
            {t.templateXlsx}
          </a>
          <a
            href="/staff/import/template.csv"
            download
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 font-semibold text-brand-700 hover:bg-slate-50"
          >
            {t.templateCsv}
          </a>
        </div>
      </section>
      <Form
        method="post"
        encType="multipart/form-data"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <p className="text-sm text-slate-700">{t.rules}</p>
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            {t.file}
          </label>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".xlsx,.csv,.json,.tsv,.txt,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            className="mt-1 block min-h-11 max-w-full"
          />
        </div>
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
        >
          {pending ? t.submitting : t.submit}
        </button>
      </Form>
      <div aria-live="polite">
        {discarded ? <SuccessMessage>{t.preview.discarded}</SuccessMessage> : null}
        {result && 'error' in result ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            {translateMessage(texts, result.error)}
          </p>
        ) : null}
        {result && 'problems' in result ? (
          <ImportProblems heading={t.problems} problems={result.problems} />
        ) : null}
      </div>
    </div>
  )
}
