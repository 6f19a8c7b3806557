import { describe, expect, test } from 'vitest'
import { createTestAccount } from '../../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { startSession } from './session.server'
import { endOtherSessions, endOwnSession, listActiveSessions } from './sessions.server'

const origin = { userAgent: 'test-agent', ipAddress: null }

async function sessionsOf(userId: string) {
  return prisma.session.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })
}

describe('a user managing their sessions', () => {
  test('lists their live sessions, marks the current one, and never exposes session ids', async () => {
    const user = await createTestAccount()
    await startSession(user.id, origin)
    await startSession(user.id, origin)
    const [first] = await sessionsOf(user.id)
    const listed = await listActiveSessions(user.id, first!.id)
    expect(listed).toHaveLength(2)
    expect(listed.filter((session) => session.current)).toHaveLength(1)
    expect(JSON.stringify(listed)).not.toContain(first!.id)
  })

  test('can end one of their own sessions but not somebody else’s', async () => {
    const user = await createTestAccount()
    const other = await createTestAccount()
    await startSession(user.id, origin)
    await startSession(other.id, origin)
    const [othersSession] = await sessionsOf(other.id)
    const [ownSession] = await sessionsOf(user.id)

    expect(await endOwnSession(user.id, othersSession!.publicId)).toBe(false)
    expect(await sessionsOf(other.id)).toHaveLength(1)

    expect(await endOwnSession(user.id, ownSession!.publicId)).toBe(true)
    expect(await sessionsOf(user.id)).toHaveLength(0)
  })

  test('can end all their other sessions, keeping the current one', async () => {
    const user = await createTestAccount()
    for (let i = 0; i < 3; i++) await startSession(user.id, origin)
    const [current] = await sessionsOf(user.id)
    expect(await endOtherSessions(user.id, current!.id)).toBe(2)
    expect((await sessionsOf(user.id)).map((session) => session.id)).toEqual([current!.id])
  })
})
