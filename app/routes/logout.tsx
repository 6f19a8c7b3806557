import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { endSession } from '~/modules/auth/session.server'

// Logging out changes state, so it is a POST; a visit to /logout just goes home.
export const loader = () => redirect('/')

export async function action({ request }: ActionFunctionArgs) {
  return redirect('/', { headers: { 'Set-Cookie': await endSession(request) } })
}
