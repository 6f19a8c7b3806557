import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { messagesFor } from '~/modules/i18n/messages'
import { importTemplateWorkbook } from '~/modules/profiles/import-template.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const workbook = await importTemplateWorkbook(messagesFor(resolveLocale(request, staff.locale)))
  return new Response(workbook, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="organisations-template.xlsx"',
      'Cache-Control': 'no-store',
    },
  })
}
