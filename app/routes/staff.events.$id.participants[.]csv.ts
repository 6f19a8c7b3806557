import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { eventForStaff, participantRows } from '~/modules/events/event-admin.server'
import { refusalResponse } from '~/utils/domain-error'
import { csvResponse, toCsv } from '~/utils/csv.server'

/** Staff download an event's participant list. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request)
  const event = await eventForStaff(params.id ?? '').catch(refusalResponse)
  const { columns, rows } = await participantRows(event.id)
  return csvResponse(toCsv(columns, rows), `participants-${event.slug}.csv`)
}
