import type { LoaderFunctionArgs } from '@remix-run/node'
import { storedToImportRow } from '~/modules/profiles/import-format'
import { requireMembership } from '~/modules/profiles/membership.server'

/** A member downloads their organisation's data, in the same format as imports. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { membership } = await requireMembership(request)
  const { organisation } = membership
  const row = storedToImportRow(organisation)
  return new Response(JSON.stringify({ organisations: [row] }, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${organisation.slug}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
