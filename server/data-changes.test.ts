import { afterEach, describe, expect, test } from 'vitest'
import { createTestOrganisation } from '../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { listenForDataChanges, type DataChanges } from './data-changes'

let changes: DataChanges | undefined

afterEach(async () => {
  await changes?.stop()
})

async function until(condition: () => boolean) {
  for (let attempt = 0; attempt < 100 && !condition(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(condition()).toBe(true)
}

describe('hearing data changes', () => {
  test('every committed change is heard with its table, and a rolled-back one is not', async () => {
    changes = listenForDataChanges(process.env.DATABASE_URL!)
    const heard: (string | null)[] = []
    changes.subscribe((table) => heard.push(table))
    await until(() => changes!.listening())

    const { organisation } = await createTestOrganisation()
    await until(() => heard.includes('Organisation') && heard.includes('OrganisationMember'))

    heard.length = 0
    await prisma
      .$transaction(async (tx) => {
        await tx.suggestionDismissal.create({
          data: { organisationId: organisation.id, dismissedId: organisation.id },
        })
        throw new Error('changed my mind')
      })
      .catch(() => undefined)
    await prisma.notification.create({
      data: { userId: (await prisma.user.findFirstOrThrow()).id, kind: 'test' },
    })
    await until(() => heard.includes('Notification'))
    expect(heard).not.toContain('SuggestionDismissal')
  })

  test('a lost connection is reported, and listening resumes by itself', async () => {
    changes = listenForDataChanges(process.env.DATABASE_URL!)
    const heard: (string | null)[] = []
    changes.subscribe((table) => heard.push(table))
    await until(() => changes!.listening())
    heard.length = 0

    await prisma.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'eu-japan-circular-listener' AND datname = current_database()`
    await until(() => heard.includes(null))
    await until(() => changes!.listening())

    await prisma.taxonomyTerm.updateMany({
      where: { kind: 'market', code: 'asean' },
      data: { position: { increment: 0 } },
    })
    await until(() => heard.includes('TaxonomyTerm'))
  })
})
