import { useRouteLoaderData } from '@remix-run/react'
import { brusselsTimeZone, stampIn, zoneCity } from '~/modules/introductions/meeting-time'
import type { RootLoader } from '~/root'
import { useLocale } from './use-translation'

/**
 * When things happened, in the reader's zone with the zone named ("Fri 26 Mar 2027, 09:30 (Tokyo
 * time)"): one clock on every page. The zone is the one the root loader settled for the reader.
 */
export function useClock() {
  const locale = useLocale()
  const timeZone = useRouteLoaderData<RootLoader>('root')?.timeZone ?? brusselsTimeZone
  return {
    timeZone,
    city: zoneCity(timeZone, locale),
    at: (instant: Date | string) => stampIn(instant, timeZone, locale),
  }
}
