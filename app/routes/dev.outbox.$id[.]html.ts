import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { outboxEmail } from '~/modules/email/outbox.server'
import { isProduction } from '~/utils/env.server'

/**
 * Development only: an email's HTML part as the recipient's mail program would show it. Served on its own
 * with a policy that runs nothing and loads nothing, since it is a document written for mail programs.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  if (isProduction()) throw new Response(null, { status: 404 })
  const email = await outboxEmail(params.id ?? '', staff.id)
  if (!email?.html) throw new Response('This email has no HTML part to show.', { status: 404 })
  return new Response(email.html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'Cache-Control': 'no-store',
    },
  })
}
