import { ReasonForm } from '~/components/reason-form'
import { formatFileSize } from '~/modules/files/file-kinds'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { OrganisationLogo } from './organisation-logo'

type ReviewedFile = {
  id: string
  purpose: 'logo' | 'document' | 'attachment'
  fileName: string
  title: string | null
  byteSize: number
}

/** A profile's logo and documents as staff see them, each with the way to take it off with a reason. */
export function ProfileFilesReview({
  files,
  errorFor,
}: {
  files: ReviewedFile[]
  errorFor: (fileId: string) => string | null
}) {
  const texts = useT()
  const t = texts.staff.review.files
  const locale = useLocale()
  return (
    <section aria-labelledby="review-files-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="review-files-title" className="font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t.intro}</p>
      {files.length ? (
        <ul className="mt-3 divide-y divide-slate-200">
          {files.map((file) => {
            const name = file.title ?? file.fileName
            return (
              <li key={file.id} className="flex flex-wrap items-start gap-4 py-3">
                {file.purpose === 'logo' ? <OrganisationLogo fileId={file.id} alt="" /> : null}
                <div className="min-w-0 flex-1 space-y-2 [overflow-wrap:anywhere]">
                  <p>
                    <span className="text-sm font-medium text-slate-600">
                      {file.purpose === 'logo' ? t.logo : t.document}
                    </span>{' '}
                    <a
                      href={`/files/${file.id}`}
                      aria-label={t.open({ name })}
                      className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                      translate="no"
                    >
                      {name}
                    </a>{' '}
                    <span className="text-sm text-slate-600">({formatFileSize(file.byteSize, locale)})</span>
                  </p>
                  <ReasonForm
                    intent="remove-file"
                    label={t.removeLabel({ name })}
                    buttonLabel={t.remove}
                    tone="danger"
                    hidden={{ fileId: file.id }}
                    error={errorFor(file.id)}
                  />
                </div>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{t.none}</p>
      )}
    </section>
  )
}
