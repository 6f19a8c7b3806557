import { describe, expect, test } from 'vitest'
import { createTestOrganisation } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { jobQueues, startJobRunner } from './job-queue.server'

describe('the job runner', () => {
  test('computes partner suggestions ahead for an organisation that has none', async () => {
    const { organisation } = await createTestOrganisation({ country: 'JP', roles: ['refining'] })
    const runner = await startJobRunner({ pollingIntervalSeconds: 0.5, suggestionsAheadMsPerMinute: 20_000 })
    try {
      // The schedule starts it each minute; started by hand here rather than waiting for the minute.
      await runner.boss.send(jobQueues.refreshSuggestions, {})
      await expect
        .poll(() => prisma.suggestionCache.findUnique({ where: { organisationId: organisation.id } }), {
          timeout: 60_000,
          interval: 250,
        })
        .toMatchObject({ profileVersion: organisation.version })
    } finally {
      await runner.stop()
    }
  }, 90_000)
})
