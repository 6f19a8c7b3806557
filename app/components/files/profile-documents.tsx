import { Link } from '@remix-run/react'
import { formatFileSize } from '~/modules/files/file-kinds'
import { useLocale, useT } from '~/modules/i18n/use-translation'

type DocumentLink = { id: string; fileName: string; title: string | null; byteSize: number }

/** A profile's documents for download; the organisation's own members also get the way to manage them. */
export function ProfileDocuments({
  documents,
  manageable,
}: {
  documents: DocumentLink[]
  manageable: boolean
}) {
  const t = useT().profiles.files
  const locale = useLocale()
  if (!documents.length && !manageable) return null
  return (
    <section aria-labelledby="documents-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="documents-title" className="text-lg font-semibold">
        {t.documentsHeading}
      </h2>
      {documents.length ? (
        <ul className="mt-2 space-y-1">
          {documents.map((document) => (
            <li key={document.id} className="[overflow-wrap:anywhere]">
              <a
                href={`/files/${document.id}`}
                download={document.fileName}
                className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
              >
                {document.title ?? document.fileName}
              </a>{' '}
              <span className="text-sm text-slate-600">({formatFileSize(document.byteSize, locale)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">{t.noDocuments}</p>
      )}
      {manageable ? (
        <Link
          to="/organisation/files"
          className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {t.title}
        </Link>
      ) : null}
    </section>
  )
}
