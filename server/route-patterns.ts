type RouteLike = { id: string; path?: string; parentId?: string; index?: boolean }

export type RoutePattern = { pattern: string; test: (path: string) => boolean; staticSegments: number }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The address patterns of the app's routes ("/introductions/:id"), most specific first, so that a
 * request is counted under its route and not under its own ids (metrics must not grow per id).
 */
export function routePatterns(routes: Record<string, RouteLike | undefined>): RoutePattern[] {
  const fullPath = (route: RouteLike): string => {
    const parent = route.parentId ? routes[route.parentId] : undefined
    const own = route.path ?? ''
    return [parent ? fullPath(parent) : '', own].filter(Boolean).join('/')
  }
  const patterns = new Map<string, RoutePattern>()
  for (const route of Object.values(routes)) {
    if (!route) continue
    const pattern = `/${fullPath(route)}`.replace(/\/+/g, '/')
    const segments = pattern.split('/').filter(Boolean)
    const regex = segments
      .map((segment) => (segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : escape(segment)))
      .join('/')
    patterns.set(pattern, {
      pattern,
      test: (path) => new RegExp(`^/${regex}/?$`).test(path),
      staticSegments: segments.filter((segment) => !segment.startsWith(':') && segment !== '*').length,
    })
  }
  return [...patterns.values()].sort(
    (a, b) =>
      Number(a.pattern.endsWith('*')) - Number(b.pattern.endsWith('*')) ||
      b.staticSegments - a.staticSegments ||
      b.pattern.length - a.pattern.length,
  )
}

export function routeOf(patterns: RoutePattern[], path: string) {
  return patterns.find((candidate) => candidate.test(path))?.pattern ?? 'unmatched'
}
