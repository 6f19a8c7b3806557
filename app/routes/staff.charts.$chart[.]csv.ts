import { errorMessage } from '~/modules/i18n/message-keys'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { centreCharts } from '~/modules/dashboard/centre-numbers.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { csvResponse, toCsv } from '~/utils/csv.server'

/** One dashboard chart's numbers as CSV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const chart = (await centreCharts(new Date(), resolveLocale(request, staff.locale))).find(
    (candidate) => candidate.id === params.chart,
  )
  if (!chart) throw new Response(errorMessage('noSuchChart'), { status: 404 })
  const csv = toCsv(
    ['item', 'count'],
    chart.bars.map((bar) => [bar.label, bar.value]),
  )
  return csvResponse(csv, `${chart.id}.csv`)
}
