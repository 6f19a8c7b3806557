import { useRouteError } from '@remix-run/react'
import { ErrorPage } from '~/components/error-page'

// Any address no other route claims: a 404 inside the site's layout.
export function loader() {
  throw new Response(null, { status: 404, statusText: 'Not Found' })
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}

export default function NotFound() {
  return null
}
