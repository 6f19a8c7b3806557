import { json } from '@remix-run/node'
import { checkReadiness } from '~/utils/readiness.server'

/** For load balancers: ready to serve when the database answers and its migrations are current. */
export async function loader() {
  const readiness = await checkReadiness()
  return json(readiness.ready ? { status: 'ready' } : { status: 'not ready', problem: readiness.problem }, {
    status: readiness.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
