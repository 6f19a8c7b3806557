import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { requireStaff } from '~/modules/auth/session.server'
import { findListedByName } from '~/modules/directory/directory.server'

/** For the organisation pickers of staff forms: listed organisations whose name matches what was typed. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request)
  const query = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 100)
  return json({ query, organisations: query.length >= 2 ? await findListedByName(query) : [] })
}
