import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireUser } from '~/modules/auth/session.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { agendaCalendar } from '~/modules/meetings/agenda.server'
import { meetingEventForParticipant } from '~/modules/meetings/participants.server'
import { refusalResponse } from '~/utils/domain-error'

/** The participant's meetings as one calendar file: entries keep their UIDs as the schedule changes. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const { event } = await meetingEventForParticipant(params.slug ?? '', user.id).catch(refusalResponse)
  const content = await agendaCalendar(event.id, user.id, resolveLocale(request, user.locale))
  return new Response(content, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}-meetings.ics"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
