import { describe, expect, test } from 'vitest'
import { createTestAccount, createTestOrganisation } from '../../../prisma/seed/builders'
import { errorMessage } from '~/modules/i18n/message-keys'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import { leadRequestSchema } from './lead-request-fields'
import { markLeadRequestHandled, openLeadRequests, requestLeadIntroduction } from './lead-requests.server'

async function aLead() {
  const eu = await createTestOrganisation({
    country: 'DE',
    roles: ['dismantling'],
    materials: ['cobalt', 'nickel'],
    technologies: ['li-ion-battery'],
    markets: ['asean'],
  })
  const jp = await createTestOrganisation({
    country: 'JP',
    roles: ['recycling'],
    materials: ['cobalt', 'nickel'],
    technologies: ['li-ion-battery'],
    markets: ['asean'],
  })
  const local = await createTestOrganisation({
    country: 'ID',
    roles: ['collection'],
    materials: ['cobalt', 'nickel'],
    technologies: ['li-ion-battery'],
  })
  const outsider = await createTestOrganisation({ country: 'FR', markets: ['asean'] })
  const request = {
    market: 'asean',
    euId: eu.organisation.id,
    jpId: jp.organisation.id,
    localId: local.organisation.id,
    message: 'Battery collection in Jakarta feeding a joint recycling line.',
  }
  return { eu, jp, local, outsider, request }
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DomainError)
  return { status: (error as DomainError).status, message: (error as DomainError).message }
}

describe('three-way introductions asked for from a lead', () => {
  test('a member of any of the three asks; asking again replaces the message; staff are told and see it', async () => {
    const { local, request } = await aLead()
    const staffBefore = await prisma.notification.count({ where: { kind: 'lead.requested' } })
    const id = await requestLeadIntroduction({
      userId: local.member.id,
      organisationId: local.organisation.id,
      request,
    })
    const again = await requestLeadIntroduction({
      userId: local.member.id,
      organisationId: local.organisation.id,
      request: { ...request, message: 'A second, better message about the same lead.' },
    })
    expect(again).toBe(id)
    const saved = await prisma.leadIntroductionRequest.findUniqueOrThrow({ where: { id } })
    expect(saved).toMatchObject({ status: 'open', message: 'A second, better message about the same lead.' })
    expect((await openLeadRequests()).map((entry) => entry.id)).toContain(id)
    const staffCount = await prisma.user.count({
      where: { role: { in: ['staff', 'admin'] }, disabledAt: null },
    })
    expect(await prisma.notification.count({ where: { kind: 'lead.requested' } })).toBe(
      staffBefore + 2 * staffCount,
    )
  })

  test('refused, and nothing saved: an organisation not in the lead, competitors, an unknown market or organisation', async () => {
    const { eu, outsider, request } = await aLead()
    const competitor = await createTestOrganisation({
      country: 'JP',
      roles: ['dismantling'],
      materials: ['cobalt', 'nickel'],
      technologies: ['li-ion-battery'],
      markets: ['asean'],
    })
    const before = await prisma.leadIntroductionRequest.count()
    const ask = (organisationId: string, changes: Partial<typeof request>) =>
      requestLeadIntroduction({
        userId: eu.member.id,
        organisationId,
        request: { ...request, ...changes },
      })
    expect(await refusal(ask(outsider.organisation.id, {}))).toEqual({
      status: 403,
      message: errorMessage('notYourLead'),
    })
    expect(await refusal(ask(eu.organisation.id, { jpId: competitor.organisation.id }))).toEqual({
      status: 409,
      message: errorMessage('notALead'),
    })
    expect(await refusal(ask(eu.organisation.id, { market: 'no-such-market' }))).toMatchObject({
      status: 404,
    })
    expect(await refusal(ask(eu.organisation.id, { localId: outsider.organisation.id }))).toMatchObject({
      status: 404,
    })
    expect(await refusal(ask(eu.organisation.id, { jpId: 'no-such-id' }))).toMatchObject({ status: 404 })
    expect(await prisma.leadIntroductionRequest.count()).toBe(before)
  })

  test('the message is required and bounded', () => {
    const base = { market: 'asean', euId: 'a', jpId: 'b' }
    expect(leadRequestSchema.safeParse({ ...base, message: 'hi' }).success).toBe(false)
    expect(leadRequestSchema.safeParse({ ...base, message: 'x'.repeat(2001) }).success).toBe(false)
    expect(leadRequestSchema.safeParse({ ...base, message: 'A joint line in Jakarta.' }).success).toBe(true)
  })

  test('staff mark a request handled once; it leaves the open list and is audited', async () => {
    const { eu, request } = await aLead()
    const id = await requestLeadIntroduction({
      userId: eu.member.id,
      organisationId: eu.organisation.id,
      request,
    })
    const staff = await createTestAccount({ role: 'staff' })
    await markLeadRequestHandled(staff.id, id)
    expect(await prisma.leadIntroductionRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'handled',
      handledById: staff.id,
    })
    expect((await openLeadRequests()).map((entry) => entry.id)).not.toContain(id)
    expect(await refusal(markLeadRequestHandled(staff.id, id))).toMatchObject({ status: 404 })
    expect(await prisma.auditEntry.count({ where: { action: 'lead.request_handled', targetId: id } })).toBe(1)
  })
})
