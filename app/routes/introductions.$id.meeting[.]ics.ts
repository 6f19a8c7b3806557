import { errorMessage } from '~/modules/i18n/message-keys'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireIntroductionViewer } from '~/modules/introductions/access.server'
import { introductionMeetingCalendar } from '~/modules/introductions/meeting-calendar.server'
import { resolveLocale } from '~/modules/i18n/locale.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { request: introduction, user } = await requireIntroductionViewer(request, params.id ?? '')
  const meeting = introduction.status === 'accepted' ? introduction.meetingSlot : null
  if (!meeting) throw new Response(errorMessage('noMeetingYet'), { status: 404 })
  const file = introductionMeetingCalendar({
    introductionId: introduction.id,
    sequence: introduction.meetingSequence,
    slot: meeting,
    from: introduction.fromOrganisation,
    to: introduction.toOrganisation,
    locale: resolveLocale(request, user.locale),
  })
  return new Response(file, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="meeting-${introduction.id}.ics"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
