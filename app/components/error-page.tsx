import { isRouteErrorResponse, Link } from '@remix-run/react'
import { translateMessage } from '~/modules/i18n/message-keys'
import type { Messages } from '~/modules/i18n/messages'
import { useT } from '~/modules/i18n/use-translation'

function describe(error: unknown, t: Messages): { title: string; message: string; status: number } {
  const texts = t.common.errorPage
  if (isRouteErrorResponse(error)) {
    const given = typeof error.data === 'string' && error.data ? translateMessage(t, error.data) : null
    if (error.status === 404) {
      return { status: 404, title: texts.notFoundTitle, message: given ?? texts.notFoundMessage }
    }
    if (error.status === 403) {
      return { status: 403, title: texts.forbiddenTitle, message: given ?? texts.forbiddenMessage }
    }
    return { status: error.status, title: texts.genericTitle, message: given ?? '' }
  }
  return { status: 500, title: texts.genericTitle, message: texts.unexpectedMessage }
}

export function ErrorPage({ error }: { error: unknown }) {
  const t = useT()
  const { title, message, status } = describe(error, t)
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold text-brand-700">{t.common.errorPage.errorStatus({ status })}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-bold tracking-tight">
        {title}
      </h1>
      <p className="mt-4 text-slate-700">{message}</p>
      <Link
        to="/"
        className="mt-8 inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        {t.common.errorPage.backHome}
      </Link>
    </section>
  )
}
