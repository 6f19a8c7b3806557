import { describe, expect, test } from 'vitest'
import { testMetricsToken } from '../setup/app-server.global'
import { baseUrl } from './browser'

describe('Prometheus metrics', () => {
  test('need the token; count requests by route pattern, and show the pool and the job queue', async () => {
    expect((await fetch(`${baseUrl()}/metrics`)).status).toBe(401)
    expect(
      (await fetch(`${baseUrl()}/metrics`, { headers: { Authorization: 'Bearer not-the-token-at-all' } }))
        .status,
    ).toBe(401)

    await fetch(`${baseUrl()}/organisations/some-organisation`, { redirect: 'manual' })
    await fetch(`${baseUrl()}/healthz`)
    const response = await fetch(`${baseUrl()}/metrics`, {
      headers: { Authorization: `Bearer ${testMetricsToken}` },
    })
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toMatch(
      /http_requests_total\{method="GET",route="\/organisations\/:slug",status="302"\} \d+/,
    )
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/)
    expect(text).not.toContain('some-organisation')
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/healthz"\} \d+/,
    )
    expect(text).toMatch(/db_pool_connections\{state="total"\} \d+/)
    expect(text).toMatch(/job_queue_jobs\{queue="[a-z-]+",state="[a-z]+"\} \d+/)
  })
})
