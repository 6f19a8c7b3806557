import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { requireStaff } from '~/modules/auth/session.server'
import {
  confirmImport,
  discardImport,
  getImportPreview,
  type ImportPreviewRow,
} from '~/modules/profiles/import-preview.server'
import { importFieldName } from '~/modules/profiles/import-field-name'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { useClock } from '~/modules/i18n/use-clock'
import { readForm } from '~/modules/security/form-data.server'
import { ImportProblems } from '~/components/import/import-problems'
import { IntentButton } from '~/components/meetings/intent-button'
import { SuccessMessage } from '~/components/success-message'
import { refusalResponse } from '~/utils/domain-error'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.import.preview.title)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  return json({ preview: await getImportPreview(params.id ?? '', staff.id).catch(refusalResponse) })
}

const intentSchema = z.object({ intent: z.enum(['confirm', 'discard']) })

export async function action({ request, params, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const id = params.id ?? ''
  const parsed = intentSchema.safeParse(Object.fromEntries(await readForm(request, context)))
  if (!parsed.success) throw new Response('Unknown action.', { status: 400 })
  if (parsed.data.intent === 'discard') {
    await discardImport(id, staff.id).catch(refusalResponse)
    return redirect('/staff/import?done=discarded')
  }
  const result = await confirmImport(id, staff.id).catch(refusalResponse)
  if (!result.ok) return json({ problems: result.problems }, { status: 409 })
  return redirect(`/staff/import/${id}`)
}

export default function ImportPreviewPage() {
  const { preview } = useLoaderData<typeof loader>()
  const refused = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  const texts = useT()
  const t = texts.staff.import.preview
  const clock = useClock()
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <Link to="/staff/import" className="inline-flex min-h-11 items-center text-brand-700 underline">
        {t.back}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      {refused ? <ImportProblems heading={t.invalidNow} problems={refused.problems} /> : null}
      {preview.state === 'imported' ? (
        <div className="space-y-3">
          <SuccessMessage>{t.done(preview)}</SuccessMessage>
          <p className="text-sm text-slate-700">
            {preview.fileName} · {t.importedAt}: {clock.at(preview.importedAt)}
          </p>
          <Link to="/directory" className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t.toDirectory}
          </Link>
        </div>
      ) : null}
      {preview.state === 'invalid' ? (
        <ImportProblems heading={t.invalidNow} problems={preview.problems} />
      ) : null}
      {preview.state === 'waiting' ? (
        <WaitingPreview rows={preview.rows} fileName={preview.fileName} busy={busy} />
      ) : null}
      {preview.state !== 'imported' ? (
        <IntentButton intent="discard" values={{}} confirmText={t.discardConfirm} tone="danger">
          {t.discard}
        </IntentButton>
      ) : null}
    </div>
  )
}

/** What confirming the file would do, row by row, and the button that does it. */
function WaitingPreview({
  rows,
  fileName,
  busy,
}: {
  rows: ImportPreviewRow[]
  fileName: string
  busy: boolean
}) {
  const texts = useT()
  const t = texts.staff.import.preview
  const count = (action: string) => rows.filter((row) => row.action === action).length
  const toWrite = rows.length - count('unchanged')
  return (
    <div className="space-y-4">
      <p className="text-slate-800">
        {t.summary({
          fileName,
          created: count('create'),
          updated: count('update'),
          unchanged: count('unchanged'),
        })}{' '}
        {t.waitsUntil}
      </p>
      {toWrite === 0 ? <p className="text-slate-700">{t.nothingToDo}</p> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t.row}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.organisation}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.action}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.status}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2 tabular-nums">{row.row}</td>
                <td className="px-3 py-2">
                  <span className="font-medium">{row.name}</span>
                  <span className="block text-xs break-all text-slate-600">{row.slug}</span>
                </td>
                <td className="px-3 py-2">
                  <span className="font-medium">{t[row.action]}</span>
                  {row.action === 'update' ? (
                    <span className="block text-xs text-slate-600">
                      {t.changes({
                        fields: row.changed.map((field) => importFieldName(texts, field)).join(', '),
                      })}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2">{t.statuses[row.status] ?? row.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form method="post">
        <input type="hidden" name="intent" value="confirm" />
        <button
          type="submit"
          aria-disabled={busy || undefined}
          className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
        >
          {busy ? t.confirming : t.confirm({ count: rows.length })}
        </button>
      </Form>
    </div>
  )
}
