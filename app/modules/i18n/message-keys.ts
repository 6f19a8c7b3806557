import type { Messages } from './messages'

type ErrorTexts = Messages['errors']
type ErrorKey = keyof ErrorTexts
type ParamsOf<Key extends ErrorKey> = ErrorTexts[Key] extends (params: infer Params) => string ? [Params] : []

const prefix = 'i18n:'

/**
 * A user-facing error that crosses the wire untranslated (Zod schemas, action replies, thrown responses)
 * and is written in the reader's language where it is shown: see `translateMessage`.
 */
export function errorMessage<Key extends ErrorKey>(key: Key, ...params: ParamsOf<Key>): string {
  return params.length ? `${prefix}${key}:${JSON.stringify(params[0])}` : `${prefix}${key}`
}

/** The text of an `errorMessage` in the reader's language; any other text is shown as it is. */
export function translateMessage(t: Messages, raw: string): string {
  if (!raw.startsWith(prefix)) return raw
  const separator = raw.indexOf(':', prefix.length)
  const key = (separator === -1 ? raw.slice(prefix.length) : raw.slice(prefix.length, separator)) as ErrorKey
  const text = t.errors[key] as string | ((params: unknown) => string) | undefined
  if (text === undefined) return raw
  if (typeof text === 'string') return text
  return text(separator === -1 ? {} : JSON.parse(raw.slice(separator + 1)))
}
