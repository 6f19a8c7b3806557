import { FileUploadForm } from '~/components/files/file-upload-form'
import { Section } from '~/components/introductions/introduction-sections'
import { IntentButton } from '~/components/meetings/intent-button'
import { attachmentSchema } from '~/modules/files/file-fields'
import { fileRules, formatFileSize } from '~/modules/files/file-kinds'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import type { IntroductionPageData } from '~/routes/introductions.$id'

const kindOf = (contentType: string) =>
  contentType === 'application/pdf' ? 'PDF' : contentType === 'image/png' ? 'PNG' : 'JPEG'

/** Files the two organisations share in an accepted introduction: only they and staff open them. */
export function AttachmentsSection({ data }: { data: IntroductionPageData }) {
  const t = useT().introductions.page
  const locale = useLocale()
  const max = fileRules.attachment.perIntroduction
  return (
    <Section title={t.files} id="files">
      {data.attachments.length === 0 ? (
        <p className="text-slate-700">{t.noFiles}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {data.attachments.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <div className="min-w-0 [overflow-wrap:anywhere]">
                <a
                  href={`/files/${file.id}`}
                  download={file.fileName}
                  translate="no"
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  {file.fileName}
                </a>
                <p className="text-sm text-slate-600">
                  {kindOf(file.contentType)} · {formatFileSize(file.byteSize, locale)} ·{' '}
                  {t.fileBy({ by: file.by, at: file.at })}
                </p>
              </div>
              {file.ours && data.can.write ? (
                <IntentButton
                  intent="removeAttachment"
                  values={{ fileId: file.id }}
                  confirmText={t.removeFileConfirm({ name: file.fileName })}
                  tone="danger"
                >
                  {t.removeFile}
                </IntentButton>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {data.can.write && data.attachments.length < max ? (
        <FileUploadForm
          intent="attach"
          schema={attachmentSchema}
          label={t.attachFile}
          hint={t.attachHint({ max })}
          accept={fileRules.attachment.accept}
          button={t.attach}
          pendingText={t.attaching}
        />
      ) : null}
    </Section>
  )
}
