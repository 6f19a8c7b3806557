import { errorMessage } from '~/modules/i18n/message-keys'
import { redirect } from '@remix-run/node'
import { requireUser } from '~/modules/auth/session.server'
import { getMembership } from './profiles.server'

/** The signed-in user and their organisation; without one they are sent to create it. */
export async function requireMembership(request: Request) {
  const user = await requireUser(request)
  const membership = await getMembership(user.id)
  if (!membership) throw redirect('/organisation/new')
  return { user, membership }
}

/** As requireMembership, and the user must own the organisation. */
export async function requireOwnership(request: Request) {
  const result = await requireMembership(request)
  if (result.membership.role !== 'owner') {
    throw new Response(errorMessage('ownerOnly'), { status: 403 })
  }
  return result
}
