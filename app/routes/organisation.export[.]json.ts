import type { LoaderFunctionArgs } from '@remix-run/node'
import { toImportRow } from '~/modules/profiles/import-format'
import { requireMembership } from '~/modules/profiles/membership.server'
import { toSnapshot } from '~/modules/profiles/snapshot'

/** A member downloads their organisation's data, in the same format as imports. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { membership } = await requireMembership(request)
  const { organisation } = membership
  const snapshot = toSnapshot(organisation)
  const withoutNulls = Object.fromEntries(
    Object.entries(snapshot).map(([key, value]) => [key, value ?? undefined]),
  )
  const row = toImportRow({
    ...(withoutNulls as Parameters<typeof toImportRow>[0]),
    slug: organisation.slug,
    status: organisation.status,
  })
  return new Response(JSON.stringify({ organisations: [row] }, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${organisation.slug}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
