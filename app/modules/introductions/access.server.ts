import { errorMessage } from '~/modules/i18n/message-keys'
import { requireUser } from '~/modules/auth/session.server'
import { getMembership } from '~/modules/profiles/profiles.server'
import { getIntroductionForViewer } from './introduction-views.server'
import { effectiveTimeZone } from './meeting-time'

const notFound = () =>
  new Response(errorMessage('noIntroductionHere'), { status: 404, statusText: 'Not Found' })

/**
 * The signed-in viewer of one introduction: a member of one of its two organisations, or staff.
 * Anyone else gets the same 404 as for a request that does not exist, so nothing leaks.
 */
export async function requireIntroductionViewer(request: Request, introductionId: string) {
  const user = await requireUser(request)
  const membership = await getMembership(user.id)
  const found = await getIntroductionForViewer(introductionId, {
    role: user.role,
    twoFactorEnabled: user.twoFactorEnabled,
    organisationId: membership?.organisation.id ?? null,
  })
  if (!found) throw notFound()
  return {
    user,
    organisationId: membership?.organisation.id ?? null,
    timeZone: effectiveTimeZone(user.timeZone, membership?.organisation.region),
    ...found,
  }
}
