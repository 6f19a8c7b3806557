import { z } from 'zod'
import { errorMessage } from '~/modules/i18n/message-keys'
import { fileRules, megabytes, type FilePurpose } from './file-kinds'

/**
 * A chosen file within its kind's size: checked in the browser before anything is sent, and again on the
 * server, which also checks what the file really is (inspect-upload.server.ts).
 */
const chosenFile = (purpose: FilePurpose) =>
  z
    .instanceof(File, { message: errorMessage('fileMissing') })
    .refine((file) => file.size > 0, errorMessage('fileMissing'))
    .refine(
      (file) => file.size <= fileRules[purpose].bytes,
      errorMessage('fileTooLarge', { megabytes: megabytes(fileRules[purpose].bytes) }),
    )

export const logoSchema = z.object({ file: chosenFile('logo') })

export const documentSchema = z.object({
  title: z.string().trim().max(120, errorMessage('documentTitleTooLong')).optional(),
  file: chosenFile('document'),
})

export const attachmentSchema = z.object({ file: chosenFile('attachment') })

export const fileIdSchema = z.object({ fileId: z.string().min(1).max(40) })
