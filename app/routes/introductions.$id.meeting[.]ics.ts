import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { errorMessage } from '~/modules/i18n/message-keys'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireIntroductionViewer } from '~/modules/introductions/access.server'
import { meetingCalendarFile } from '~/modules/introductions/calendar'
import { introductionLink } from '~/modules/introductions/rules'
import { getEnv } from '~/utils/env.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { messagesFor } from '~/modules/i18n/messages'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { request: introduction, user } = await requireIntroductionViewer(request, params.id ?? '')
  const locale = resolveLocale(request, user.locale)
  const meeting = introduction.status === 'accepted' ? introduction.meetingSlot : null
  if (!meeting) throw new Response(errorMessage('noMeetingYet'), { status: 404 })
  const { fromOrganisation: from, toOrganisation: to } = introduction
  const url = new URL(introductionLink(introduction.id), getEnv().APP_ORIGIN).toString()
  const file = meetingCalendarFile({
    introductionId: introduction.id,
    sequence: introduction.meetingSequence,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    title: `${organisationNameIn(from, locale)} / ${organisationNameIn(to, locale)}`,
    description: `${messagesFor(locale).introductions.calendar.description({ mode: meeting.mode })}\n${url}`,
    location: meeting.location,
    url,
  })
  return new Response(file, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="meeting-${introduction.id}.ics"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
