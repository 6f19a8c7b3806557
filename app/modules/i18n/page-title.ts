import type { Locale } from './locales'
import { messagesFor, type Messages } from './messages'

type MetaMatches = ReadonlyArray<{ id: string; data: unknown } | undefined>

/** The language the root loader chose, for a `meta` function. */
export function metaLocale(matches: MetaMatches): Locale {
  const root = matches.find((match) => match?.id === 'root')?.data as { locale?: Locale } | undefined
  return root?.locale ?? 'en'
}

/** The dictionary for a `meta` function, from the language the root loader chose. */
export const metaMessages = (matches: MetaMatches): Messages => messagesFor(metaLocale(matches))

/** A page's <title> in the page's language: "Log in | EU-Japan Circular Metals". */
export function pageTitle(matches: MetaMatches, pick: (t: Messages) => string) {
  const t = metaMessages(matches)
  return [{ title: t.common.pageTitle({ page: pick(t) }) }]
}
