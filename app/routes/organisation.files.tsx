import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { FileUploadForm } from '~/components/files/file-upload-form'
import { FormErrors } from '~/components/forms'
import { OrganisationLogo } from '~/components/files/organisation-logo'
import { IntentButton } from '~/components/meetings/intent-button'
import { SuccessMessage } from '~/components/success-message'
import { documentSchema, fileIdSchema, logoSchema } from '~/modules/files/file-fields'
import { fileRules, formatFileSize } from '~/modules/files/file-kinds'
import {
  addDocument,
  deleteDocument,
  listDocuments,
  removeLogo,
  setLogo,
  uploadOf,
} from '~/modules/files/files.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useClock } from '~/modules/i18n/use-clock'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { requireMembership } from '~/modules/profiles/membership.server'
import { readFormOrUpload } from '~/modules/security/form-data.server'
import { intent } from '~/utils/intents'
import { runIntent } from '~/utils/intents.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.profiles.files.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { membership } = await requireMembership(request)
  const { organisation } = membership
  return json({
    organisation: {
      name: organisation.name,
      nameJa: organisation.nameJa,
      logoFileId: organisation.logoFileId,
    },
    documents: await listDocuments(organisation.id),
  })
}

type Acting = { organisationId: string; userId: string }
const intents = {
  logo: intent(logoSchema, async (acting: Acting, form) =>
    setLogo({ ...acting, upload: await uploadOf(form.file) }),
  ),
  removeLogo: intent(z.object({}), (acting: Acting) => removeLogo(acting)),
  document: intent(documentSchema, async (acting: Acting, form) =>
    addDocument({ ...acting, title: form.title, upload: await uploadOf(form.file) }),
  ),
  deleteDocument: intent(fileIdSchema, (acting: Acting, form) =>
    deleteDocument({ organisationId: acting.organisationId, fileId: form.fileId }),
  ),
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const formData = await readFormOrUpload(request, context, fileRules.document.bytes)
  if (formData === 'too-large') return json({ tooLarge: true }, { status: 413 })
  const outcome = await runIntent(formData, intents, {
    organisationId: membership.organisation.id,
    userId: user.id,
  })
  if (outcome instanceof Response) return outcome
  return redirect(`/organisation/files?done=${outcome.done}`)
}

export default function OrganisationFilesPage() {
  const { organisation, documents } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>() as { tooLarge?: boolean } | undefined
  const done = useSearchParams()[0].get('done')
  const texts = useT()
  const t = texts.profiles.files
  const locale = useLocale()
  const clock = useClock()
  const max = fileRules.document.perOrganisation
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link
        to="/organisation"
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        {t.back}
      </Link>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-2 text-slate-700">{t.intro}</p>
      </div>
      <div aria-live="polite">
        {done && t.done[done] ? <SuccessMessage>{t.done[done]}</SuccessMessage> : null}
        <FormErrors id="upload-too-large" errors={actionData?.tooLarge ? [t.tooLarge] : undefined} />
      </div>

      <section
        aria-labelledby="logo-heading"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="logo-heading" className="text-lg font-semibold">
          {t.logoHeading}
        </h2>
        {organisation.logoFileId ? (
          <div className="flex flex-wrap items-center gap-4">
            <OrganisationLogo fileId={organisation.logoFileId} alt={t.currentLogo} large />
            <IntentButton intent="removeLogo" values={{}} confirmText={t.removeLogoConfirm} tone="danger">
              {t.removeLogo}
            </IntentButton>
          </div>
        ) : (
          <p className="text-slate-700">{t.noLogo}</p>
        )}
        <FileUploadForm
          intent="logo"
          schema={logoSchema}
          label={t.logoFile}
          hint={t.logoHint}
          accept={fileRules.logo.accept}
          button={organisation.logoFileId ? t.replaceLogo : t.uploadLogo}
          pendingText={t.uploading}
        />
      </section>

      <section
        aria-labelledby="documents-heading"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="documents-heading" className="text-lg font-semibold">
          {t.documentsHeading}
        </h2>
        {documents.length === 0 ? (
          <p className="text-slate-700">{t.noDocuments}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {documents.map((document) => {
              const label = document.title ?? document.fileName
              return (
                <li key={document.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div className="min-w-0 [overflow-wrap:anywhere]">
                    <a
                      href={`/files/${document.id}`}
                      download={document.fileName}
                      className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                    >
                      {label}
                    </a>
                    <p className="text-sm text-slate-600">
                      {formatFileSize(document.byteSize, locale)} ·{' '}
                      {t.added({ date: clock.at(document.createdAt) })}
                    </p>
                  </div>
                  <IntentButton
                    intent="deleteDocument"
                    values={{ fileId: document.id }}
                    confirmText={t.deleteDocumentConfirm({ name: label })}
                    tone="danger"
                  >
                    {t.deleteDocument}
                  </IntentButton>
                </li>
              )
            })}
          </ul>
        )}
        {documents.length >= max ? (
          <p className="text-slate-700">{t.documentsFull({ max })}</p>
        ) : (
          <FileUploadForm
            intent="document"
            schema={documentSchema}
            label={t.documentFile}
            hint={t.documentsHint({ max })}
            accept={fileRules.document.accept}
            button={t.addDocument}
            pendingText={t.uploading}
            title={{ label: t.documentTitle, hint: t.documentTitleHint }}
          />
        )}
      </section>
    </div>
  )
}
