import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireUser } from '~/modules/auth/session.server'
import { fileResponse } from '~/modules/files/file-response.server'
import { openFileForViewer } from '~/modules/files/files.server'
import { errorMessage } from '~/modules/i18n/message-keys'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const opened = await openFileForViewer(params.id ?? '', user)
  if (!opened) throw new Response(errorMessage('noSuchFile'), { status: 404 })
  return fileResponse(opened.file, opened.bytes)
}
