import type { LoaderFunctionArgs } from '@remix-run/node'
import { getOptionalUser } from '~/modules/auth/session.server'
import { eventForReader } from '~/modules/events/event-views.server'
import { calendarAttachment } from '~/modules/events/registration-notices.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { refusalResponse } from '~/utils/domain-error'

/** The event as a calendar entry; the meeting link only for readers who may see it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const { event } = await eventForReader(params.slug ?? '', user).catch(refusalResponse)
  const file = calendarAttachment(event, resolveLocale(request, user?.locale), event.meetingUrl !== null)
  return new Response(file.content, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': user ? 'private, no-store' : 'public, max-age=300',
    },
  })
}
