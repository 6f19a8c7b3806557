import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { messagesFor } from '~/modules/i18n/messages'
import { importTemplateCsv } from '~/modules/profiles/import-template.server'
import { csvResponse } from '~/utils/csv.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const texts = messagesFor(resolveLocale(request, staff.locale)).staff.import
  return csvResponse(await importTemplateCsv(texts), 'organisations-template.csv')
}
