import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { parseDirectoryQuery } from '~/modules/directory/directory-query'
import { exportDirectory } from '~/modules/directory/directory.server'
import { csvResponse, toCsv } from '~/utils/csv.server'

const columns = [
  'slug',
  'name',
  'nameJa',
  'country',
  'region',
  'city',
  'website',
  'size',
  'yearFounded',
  'roles',
  'materials',
  'technologies',
  'offers',
  'seeks',
  'markets',
  'languages',
  'approvedAt',
]

/** Staff download the directory, with the filters of the page they came from, as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  const rows = await exportDirectory(parseDirectoryQuery(new URL(request.url).searchParams))
  const csv = toCsv(
    columns,
    rows.map((row) =>
      columns.map((column) => {
        const value = row[column]
        if (Array.isArray(value)) return value.join(';')
        if (value instanceof Date) return value.toISOString()
        return typeof value === 'number' ? value : String(value ?? '')
      }),
    ),
  )
  return csvResponse(csv, `directory-${new Date().toISOString().slice(0, 10)}.csv`)
}
