import { useRouteLoaderData } from '@remix-run/react'
import type { RootLoader } from '~/root'
import type { Locale } from './locales'
import { messagesFor } from './messages'

/** The language the root loader chose for this response (English when there is no root data). */
export function useLocale(): Locale {
  return useRouteLoaderData<RootLoader>('root')?.locale ?? 'en'
}

/** The dictionary for the page's language: `t.auth.signUp.title`. */
export function useT() {
  return messagesFor(useLocale())
}
