import { json } from '@remix-run/node'

/** Liveness, for process supervisors: the server answers. Readiness (database, migrations) is /readyz. */
export function loader() {
  return json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
}
