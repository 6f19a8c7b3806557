import { describe, expect, test } from 'vitest'
import { routeOf, routePatterns } from './route-patterns'

const routes = {
  root: { id: 'root' },
  'routes/_index': { id: 'routes/_index', parentId: 'root', index: true },
  'routes/introductions.$id': { id: 'routes/introductions.$id', parentId: 'root', path: 'introductions/:id' },
  'routes/introductions.new': { id: 'routes/introductions.new', parentId: 'root', path: 'introductions/new' },
  'routes/introductions.$id.meeting[.]ics': {
    id: 'routes/introductions.$id.meeting[.]ics',
    parentId: 'root',
    path: 'introductions/:id/meeting.ics',
  },
  'routes/$': { id: 'routes/$', parentId: 'root', path: '*' },
}

describe('route patterns for metrics', () => {
  test('requests are counted under their route, never under their ids', () => {
    const patterns = routePatterns(routes)
    expect(routeOf(patterns, '/introductions/cm123abc')).toBe('/introductions/:id')
    expect(routeOf(patterns, '/introductions/new')).toBe('/introductions/new')
    expect(routeOf(patterns, '/introductions/cm123abc/meeting.ics')).toBe('/introductions/:id/meeting.ics')
    expect(routeOf(patterns, '/')).toBe('/')
    expect(routeOf(patterns, '/no/such/page')).toBe('/*')
  })
})
