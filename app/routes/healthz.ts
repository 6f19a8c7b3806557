import { json } from '@remix-run/node'
import { prisma } from '~/utils/db.server'

/** For load balancers and `npm start` checks: up when the database answers. */
export async function loader() {
  try {
    await prisma.$queryRaw`SELECT 1`
    return json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
  } catch {
    return json({ status: 'database unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
