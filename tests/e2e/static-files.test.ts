import { describe, expect, test } from 'vitest'
import { baseUrl } from './browser'

describe('static files', () => {
  test('files at the top of public/ are served and cached for an hour', async () => {
    const response = await fetch(`${baseUrl()}/favicon.svg`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('image/svg+xml')
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600')
    expect(await response.text()).toContain('<svg')
  })

  test('fingerprinted build assets are cached for a year as immutable', async () => {
    const home = await (await fetch(`${baseUrl()}/`)).text()
    const asset = home.match(/\/build\/[^"]+\.js/)?.[0]
    expect(asset).toBeDefined()
    const response = await fetch(`${baseUrl()}${asset}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  test('any other address is a page: an unknown one gets the 404 page, not a file', async () => {
    for (const address of ['/robots.txt', '/favicon.svg/more', '/../package.json']) {
      const response = await fetch(`${baseUrl()}${address}`)
      expect(response.status, address).toBe(404)
      expect(response.headers.get('content-type'), address).toContain('text/html')
    }
  })
})
