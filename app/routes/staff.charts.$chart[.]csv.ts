import { errorMessage } from '~/modules/i18n/message-keys'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { stringify } from 'csv-stringify/sync'
import { requireStaff } from '~/modules/auth/session.server'
import { centreCharts } from '~/modules/dashboard/centre-numbers.server'
import { resolveLocale } from '~/modules/i18n/locale.server'

/** One dashboard chart's numbers as CSV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const chart = (await centreCharts(new Date(), resolveLocale(request, staff.locale))).find(
    (candidate) => candidate.id === params.chart,
  )
  if (!chart) throw new Response(errorMessage('noSuchChart'), { status: 404 })
  const csv = stringify(
    chart.bars.map((bar) => [bar.label, bar.value]),
    { header: true, columns: ['item', 'count'], bom: true },
  )
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${chart.id}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
