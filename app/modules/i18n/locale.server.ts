import Negotiator from 'negotiator'
import { isLocale, locales, type Locale } from './locales'

export const localeCookieName = 'lang'
const oneYearInSeconds = 60 * 60 * 24 * 365

/**
 * The language of a response: the account's choice, else the visitor's cookie (set by the header switch),
 * else the browser's Accept-Language, else English.
 */
export function resolveLocale(request: Request, accountLocale?: Locale | null): Locale {
  if (accountLocale) return accountLocale
  const fromCookie = readLocaleCookie(request)
  if (fromCookie) return fromCookie
  const negotiated = new Negotiator({
    headers: { 'accept-language': request.headers.get('accept-language') ?? undefined },
  }).language([...locales])
  return isLocale(negotiated) ? negotiated : 'en'
}

function readLocaleCookie(request: Request): Locale | null {
  const cookies = request.headers.get('cookie') ?? ''
  for (const part of cookies.split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === localeCookieName && isLocale(value)) return value
  }
  return null
}

export function localeCookie(locale: Locale): string {
  return `${localeCookieName}=${locale}; Path=/; Max-Age=${oneYearInSeconds}; SameSite=Lax`
}
