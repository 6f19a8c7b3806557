import { isRouteErrorResponse, Link } from '@remix-run/react'

function describe(error: unknown): { title: string; message: string; status: number } {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      return { status: 404, title: 'Page not found', message: 'We could not find the page you asked for.' }
    }
    if (error.status === 403) {
      return {
        status: 403,
        title: 'Not allowed',
        message:
          typeof error.data === 'string' && error.data ? error.data : 'You do not have access to this page.',
      }
    }
    return {
      status: error.status,
      title: error.statusText || 'Something went wrong',
      message: String(error.data ?? ''),
    }
  }
  return {
    status: 500,
    title: 'Something went wrong',
    message: 'An unexpected error occurred on our side. Please try again in a moment.',
  }
}

export function ErrorPage({ error }: { error: unknown }) {
  const { title, message, status } = describe(error)
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold text-brand-600">Error {status}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-bold tracking-tight">
        {title}
      </h1>
      <p className="mt-4 text-slate-700">{message}</p>
      <Link
        to="/"
        className="mt-8 inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Back to the home page
      </Link>
    </section>
  )
}
