import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { parseDirectoryQuery } from '~/modules/directory/directory-query'
import { exportDirectory } from '~/modules/directory/directory.server'
import { csvResponse, toCsv } from '~/utils/csv.server'

/** Staff download the directory, with the filters of the page they came from, as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  const { columns, rows } = await exportDirectory(parseDirectoryQuery(new URL(request.url).searchParams))
  return csvResponse(toCsv(columns, rows), `directory-${new Date().toISOString().slice(0, 10)}.csv`)
}
