import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { Field, FormErrors, SelectField, SubmitButton } from '~/components/forms'
import { requireStaff } from '~/modules/auth/session.server'
import { newTermSchema, taxonomyKinds } from '~/modules/taxonomy/term-fields'
import { addTerm, renameTerm, setTermRetired } from '~/modules/taxonomy/taxonomy-admin.server'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { termLabel } from '~/modules/taxonomy/term-label'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { refusalData, refusalReply } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.taxonomy.title)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  return json({ taxonomy: await loadTaxonomy() })
}

const renameSchema = z.object({
  intent: z.literal('rename'),
  kind: z.enum(taxonomyKinds),
  code: z.string().min(1),
  labelEn: z.string().trim().min(2, errorMessage('labelEnRequired')).max(120),
  labelJa: z.string().trim().min(1, errorMessage('labelJaRequired')).max(120),
})

const retireSchema = z.object({
  intent: z.enum(['retire', 'restore']),
  kind: z.enum(taxonomyKinds),
  code: z.string().min(1),
})

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const formData = await readForm(request, context)
  if (formData.get('intent') === 'add') {
    const submission = parseWithZod(formData, { schema: newTermSchema })
    if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
    try {
      await addTerm(staff.id, submission.value)
    } catch (error) {
      return refusalReply(submission, error)
    }
    return redirect(`/staff/taxonomy?added=${encodeURIComponent(submission.value.code)}`)
  }
  // Rename and retire refusals are shown in the term's row, as add refusals are in the add form.
  const refusedTerm = `${String(formData.get('kind'))}:${String(formData.get('code'))}`
  if (formData.get('intent') === 'rename') {
    const rename = renameSchema.safeParse(Object.fromEntries(formData))
    if (!rename.success) {
      const error = rename.error.issues[0]?.message ?? errorMessage('notUnderstood')
      return json({ refusedTerm, refusedIntent: 'rename' as const, error }, { status: 400 })
    }
    const { kind, code, labelEn, labelJa } = rename.data
    try {
      await renameTerm(staff.id, kind, code, { labelEn, labelJa })
    } catch (error) {
      return refusalData(error, { refusedTerm, refusedIntent: 'rename' as const })
    }
    return redirect(`/staff/taxonomy?renamed=${encodeURIComponent(code)}`)
  }
  const parsed = retireSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) throw new Response(errorMessage('notUnderstood'), { status: 400 })
  try {
    await setTermRetired(staff.id, parsed.data.kind, parsed.data.code, parsed.data.intent === 'retire')
  } catch (error) {
    return refusalData(error, { refusedTerm, refusedIntent: 'retire' as const })
  }
  return redirect(
    `/staff/taxonomy?${parsed.data.intent === 'retire' ? 'retired' : 'restored'}=${parsed.data.code}`,
  )
}

function AddTermForm() {
  const actionData = useActionData<typeof action>()
  const lastResult = actionData && !('refusedTerm' in actionData) ? actionData : undefined
  const pending = useNavigation().state === 'submitting'
  const t = useT().staff.taxonomy
  const [form, fields] = useForm({
    id: 'add-term',
    lastResult,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newTermSchema }),
  })
  return (
    <Form
      method="post"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      {...getFormProps(form)}
    >
      <h2 className="text-lg font-semibold">{t.add}</h2>
      <p className="text-sm text-slate-700">{t.addHint}</p>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="add" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t.list}
          field={fields.kind}
          selectProps={getSelectProps(fields.kind)}
          options={taxonomyKinds.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
          placeholder={t.chooseList}
        />
        <Field
          label={t.code}
          field={fields.code}
          hint={t.codeHint}
          inputProps={getInputProps(fields.code, { type: 'text' })}
        />
        <Field
          label={t.labelEn}
          field={fields.labelEn}
          inputProps={getInputProps(fields.labelEn, { type: 'text' })}
        />
        <Field
          label={t.labelJa}
          field={fields.labelJa}
          inputProps={{ ...getInputProps(fields.labelJa, { type: 'text' }), lang: 'ja' }}
        />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t.forMaterials}</legend>
        {(['euStrategic', 'euCritical', 'jpRareMetal'] as const).map((name) => (
          <label key={name} htmlFor={fields[name].id} className="flex items-center gap-2 text-sm">
            <input {...getInputProps(fields[name], { type: 'checkbox' })} className="h-4 w-4" />
            {t.flags[name]}
          </label>
        ))}
      </fieldset>
      <Field
        label={t.typicalMaterials}
        field={fields.typicalMaterials}
        hint={t.typicalMaterialsHint}
        inputProps={getInputProps(fields.typicalMaterials, { type: 'text' })}
      />
      <fieldset className="space-y-4">
        <legend className="text-sm font-medium text-slate-800">{t.forStreams}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t.ewcCodes}
            field={fields.ewcCodes}
            hint={t.ewcCodesHint}
            inputProps={getInputProps(fields.ewcCodes, { type: 'text' })}
          />
          <Field
            label={t.hsCodes}
            field={fields.hsCodes}
            hint={t.hsCodesHint}
            inputProps={getInputProps(fields.hsCodes, { type: 'text' })}
          />
        </div>
        <label htmlFor={fields.hazardous.id} className="flex items-center gap-2 text-sm">
          <input {...getInputProps(fields.hazardous, { type: 'checkbox' })} className="h-4 w-4" />
          {t.hazardous}
        </label>
      </fieldset>
      <div className="max-w-xs">
        <SubmitButton pending={pending}>{t.submit}</SubmitButton>
      </div>
    </Form>
  )
}

export default function TaxonomyPage() {
  const { taxonomy } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const busy = useNavigation().state !== 'idle'
  const texts = useT()
  const locale = useLocale()
  const t = texts.staff.taxonomy
  const actionData = useActionData<typeof action>()
  const refusal = actionData && 'refusedTerm' in actionData ? actionData : null
  const noticeKey = (['added', 'retired', 'restored', 'renamed'] as const).find((key) =>
    searchParams.get(key),
  )
  const notice = noticeKey ? t.notices[noticeKey]({ code: searchParams.get(noticeKey) ?? '' }) : null
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t.intro}</p>
      </div>
      <details className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer py-2 font-semibold">{t.howTitle}</summary>
        <ul className="mt-2 list-disc space-y-2 pl-6 text-slate-700">
          {t.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2 className="mt-4 font-semibold">{t.flagsTitle}</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6 text-slate-700">
          {t.flagSources.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <div aria-live="polite">{notice ? <SuccessMessage>{notice}</SuccessMessage> : null}</div>
      <AddTermForm />
      {taxonomyKinds.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`} className="text-lg font-semibold">
            {t.kinds[kind]}
          </h2>
          <div className="relative mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t.columns.code}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.columns.english}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.columns.japanese}
                  </th>
                  {kind === 'material' ? (
                    <th scope="col" className="px-3 py-2">
                      {t.columns.flags}
                    </th>
                  ) : null}
                  {kind === 'technology' || kind === 'stream' ? (
                    <th scope="col" className="px-3 py-2">
                      {t.columns.typicalMaterials}
                    </th>
                  ) : null}
                  {kind === 'stream' ? (
                    <th scope="col" className="px-3 py-2">
                      {t.columns.codes}
                    </th>
                  ) : null}
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t.columns.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {taxonomy[kind].map((term) => {
                  const refused = refusal?.refusedTerm === `${kind}:${term.code}` ? refusal : null
                  return (
                    <tr key={term.code} className={term.retired ? 'text-slate-600' : undefined}>
                      <td className="px-3 py-2 font-mono">{term.code}</td>
                      <td className="px-3 py-2">
                        <span lang="en">{term.labelEn}</span>
                        {term.retired ? (
                          <span className="ml-2 rounded bg-slate-200 px-2 text-xs">{t.retired}</span>
                        ) : null}
                      </td>
                      <td className="px-3 py-2" lang="ja">
                        {term.labelJa}
                      </td>
                      {kind === 'material' ? (
                        <td className="px-3 py-2">
                          {[
                            term.euStrategic && t.shortFlags.euStrategic,
                            term.euCritical && t.shortFlags.euCritical,
                            term.jpRareMetal && t.shortFlags.jpRareMetal,
                          ]
                            .filter(Boolean)
                            .join(', ')}
                        </td>
                      ) : null}
                      {kind === 'technology' || kind === 'stream' ? (
                        <td className="px-3 py-2">{term.typicalMaterials.join(', ')}</td>
                      ) : null}
                      {kind === 'stream' ? (
                        <td className="px-3 py-2">
                          {[...term.ewcCodes, ...term.hsCodes.map((code) => `HS ${code}`)].join(', ')}
                          {term.hazardous ? (
                            <span className="ml-2 rounded bg-amber-100 px-2 text-xs text-amber-900">
                              {t.hazardous}
                            </span>
                          ) : null}
                        </td>
                      ) : null}
                      <td className="px-3 py-2 text-right">
                        {refused ? (
                          <p role="alert" className="mb-1 text-left text-sm text-red-700">
                            {translateMessage(texts, refused.error)}
                          </p>
                        ) : null}
                        <details
                          className="mb-1 text-left"
                          open={refused?.refusedIntent === 'rename' || undefined}
                        >
                          <summary className="cursor-pointer text-sm text-brand-700 underline">
                            {t.rename}
                            <span className="sr-only"> {termLabel(term, locale)}</span>
                          </summary>
                          <Form method="post" className="mt-2 space-y-2">
                            <input type="hidden" name="intent" value="rename" />
                            <input type="hidden" name="kind" value={kind} />
                            <input type="hidden" name="code" value={term.code} />
                            <label className="block text-xs">
                              {t.english}
                              <input
                                name="labelEn"
                                defaultValue={term.labelEn}
                                required
                                className="mt-1 block w-48 rounded border border-slate-300 px-2 py-1"
                              />
                            </label>
                            <label className="block text-xs">
                              {t.japanese}
                              <input
                                name="labelJa"
                                lang="ja"
                                defaultValue={term.labelJa}
                                required
                                className="mt-1 block w-48 rounded border border-slate-300 px-2 py-1"
                              />
                            </label>
                            <button
                              type="submit"
                              className="rounded border border-slate-300 px-2 py-1 text-xs"
                            >
                              {t.saveLabels}
                            </button>
                          </Form>
                        </details>
                        <Form
                          method="post"
                          onSubmit={(event) => {
                            if (
                              !term.retired &&
                              !confirm(t.retireConfirm({ label: termLabel(term, locale) }))
                            ) {
                              event.preventDefault()
                            }
                          }}
                        >
                          <input type="hidden" name="intent" value={term.retired ? 'restore' : 'retire'} />
                          <input type="hidden" name="kind" value={kind} />
                          <input type="hidden" name="code" value={term.code} />
                          <button type="submit" disabled={busy} className="text-sm text-brand-700 underline">
                            {term.retired ? t.restore : t.retire}
                            <span className="sr-only"> {termLabel(term, locale)}</span>
                          </button>
                        </Form>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  )
}
