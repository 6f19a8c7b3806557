import { useRouteLoaderData } from '@remix-run/react'
import type { RootLoader } from '~/root'

/** The signed-in person as the root loader saw them, or null for a visitor. */
export function useViewer() {
  return useRouteLoaderData<RootLoader>('root')?.viewer ?? null
}
