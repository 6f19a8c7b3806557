import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { meetingCsv } from '~/modules/meetings/meeting-numbers.server'
import { meetingEventForStaff } from '~/modules/meetings/meetings-admin.server'
import { csvResponse, toCsv } from '~/utils/csv.server'
import { refusalResponse } from '~/utils/domain-error'

/** Staff download every meeting of an event with its ratings and follow-ups. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request)
  const event = await meetingEventForStaff(params.id ?? '').catch(refusalResponse)
  const { columns, rows } = await meetingCsv(event.id)
  return csvResponse(toCsv(columns, rows), `meetings-${event.slug}.csv`)
}
