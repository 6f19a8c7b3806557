import { describe, expect, test } from 'vitest'
import {
  anEventForm,
  anOrganisationRow,
  createTestAccount,
  createTestEvent,
  createTestSession,
} from '../../prisma/seed/builders'
import { createTestBrokerage } from '../../prisma/seed/meeting-builders'
import { importOrganisations } from '~/modules/profiles/import.server'
import { prisma } from '~/utils/db.server'
import { baseUrl } from './browser'

async function cookieFor(role: 'member' | 'staff') {
  const account = await createTestAccount({ role })
  return { account, cookie: await createTestSession(account.id, 'authorisation-walk') }
}

async function someOrganisation() {
  const row = anOrganisationRow({ status: 'submitted' })
  await importOrganisations({ organisations: [row] })
  return prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
}

type Walk = { method: 'GET' | 'POST'; path: string; form?: Record<string, string> }

async function walk(): Promise<Walk[]> {
  const organisation = await someOrganisation()
  const member = await createTestAccount()
  const { event } = await createTestEvent({ needsApproval: 'on' }, { publish: false })
  const { event: brokerage, slots } = await createTestBrokerage({ mode: 'organiser' })
  const meetings = `/staff/events/${brokerage.id}/meetings`
  return [
    { method: 'GET', path: meetings },
    { method: 'GET', path: `${meetings}.csv` },
    { method: 'GET', path: `/staff/events/${brokerage.id}/table-plan` },
    { method: 'POST', path: meetings, form: { intent: 'addTables', count: '3', prefix: 'Walk' } },
    { method: 'POST', path: meetings, form: { intent: 'deleteBlock', blockId: slots[0]!.blockId } },
    { method: 'POST', path: meetings, form: { intent: 'run' } },
    { method: 'POST', path: meetings, form: { intent: 'closeWishes' } },
    {
      method: 'POST',
      path: meetings,
      form: {
        intent: 'plan',
        bookingMode: 'participants',
        requestRule: 'everyone',
        maxPendingRequests: '3',
        followUpMonths: '6',
      },
    },
    { method: 'GET', path: '/staff/events' },
    { method: 'GET', path: '/staff/events/new' },
    { method: 'POST', path: '/staff/events/new', form: anEventForm({ title: 'walk event' }) },
    { method: 'POST', path: `/staff/events/${event.id}`, form: { intent: 'publish' } },
    { method: 'POST', path: `/staff/events/${event.id}`, form: { intent: 'cancel', reason: 'walk' } },
    {
      method: 'POST',
      path: `/staff/events/${event.id}`,
      form: { ...anEventForm({ title: 'walk event' }), intent: 'save' },
    },
    {
      method: 'POST',
      path: `/staff/events/${event.id}/registrations`,
      form: { intent: 'approve', registrationId: 'x' },
    },
    { method: 'POST', path: `/staff/events/${event.id}/registrations`, form: { intent: 'attendance' } },
    { method: 'GET', path: '/staff' },
    { method: 'GET', path: '/staff/moderation' },
    { method: 'GET', path: `/staff/moderation/${organisation.id}` },
    { method: 'POST', path: `/staff/moderation/${organisation.id}`, form: { intent: 'approve' } },
    {
      method: 'POST',
      path: `/staff/moderation/${organisation.id}`,
      form: { intent: 'suspend', reason: 'walk' },
    },
    { method: 'GET', path: '/staff/reports' },
    { method: 'POST', path: '/staff/reports', form: { intent: 'dismiss', reportId: 'x', reason: 'walk' } },
    { method: 'GET', path: '/staff/users' },
    { method: 'POST', path: '/staff/users', form: { intent: 'disable', userId: member.id, reason: 'walk' } },
    { method: 'POST', path: '/staff/users', form: { intent: 'role', userId: member.id, role: 'admin' } },
    { method: 'GET', path: '/staff/audit' },
    { method: 'GET', path: '/staff/taxonomy' },
    { method: 'POST', path: '/staff/taxonomy', form: { intent: 'retire', kind: 'role', code: 'recycling' } },
    { method: 'GET', path: '/staff/import' },
    { method: 'POST', path: '/staff/import', form: {} },
    { method: 'GET', path: '/staff/import/template.xlsx' },
    { method: 'GET', path: '/staff/import/template.csv' },
    { method: 'GET', path: '/staff/import/not-an-import' },
    { method: 'POST', path: '/staff/import/not-an-import', form: { intent: 'confirm' } },
    { method: 'GET', path: '/staff/charts/top-roles.csv' },
    { method: 'GET', path: '/directory/export.csv' },
    { method: 'GET', path: '/admin' },
    { method: 'GET', path: '/staff/introductions' },
    {
      method: 'POST',
      path: '/staff/introductions',
      form: { intent: 'lead-request-handled', requestId: 'x' },
    },
    { method: 'GET', path: '/staff/introductions/new' },
    { method: 'GET', path: '/staff/organisation-search?q=metal' },
    {
      method: 'POST',
      path: '/staff/introductions/new',
      form: { first: organisation.slug, second: 'another', purpose: 'joint-rd', message: 'walk '.repeat(5) },
    },
    { method: 'GET', path: '/dev/outbox' },
    {
      method: 'POST',
      path: '/leads',
      form: { market: 'asean', euId: organisation.id, jpId: organisation.id, note: 'walk' },
    },
  ]
}

async function send(step: Walk, cookie?: string) {
  return fetch(`${baseUrl()}${step.path}`, {
    method: step.method,
    redirect: 'manual',
    headers: { Origin: baseUrl(), ...(cookie ? { Cookie: cookie } : {}) },
    body: step.method === 'POST' ? new URLSearchParams(step.form) : undefined,
  })
}

async function unchanged(steps: Walk[]) {
  const organisationId = steps
    .find((step) => step.path.startsWith('/staff/moderation/'))!
    .path.split('/')
    .pop()!
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })
  expect(organisation).toMatchObject({ status: 'submitted', suspendedAt: null })
  const recycling = await prisma.taxonomyTerm.findFirstOrThrow({ where: { kind: 'role', code: 'recycling' } })
  expect(recycling.retiredAt).toBeNull()
  const brokerageId = steps[0]!.path.split('/')[3]!
  expect(await prisma.eventTable.count({ where: { eventId: brokerageId } })).toBe(2)
  expect(await prisma.eventSlot.count({ where: { eventId: brokerageId } })).toBe(2)
  expect(await prisma.meetingPlan.findUniqueOrThrow({ where: { eventId: brokerageId } })).toMatchObject({
    bookingMode: 'organiser',
    wishesClosedAt: null,
  })
  const eventId = steps
    .find((step) => step.form?.intent === 'publish')!
    .path.split('/')
    .pop()!
  expect(await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({
    status: 'draft',
    sequence: 0,
  })
  expect(await prisma.event.count({ where: { title: 'walk event' } })).toBe(0)
}

describe('every staff and admin page and action', () => {
  test('sends visitors to log in and changes nothing', async () => {
    const steps = await walk()
    for (const step of steps) {
      const response = await send(step)
      expect({ ...step, status: response.status }).toMatchObject({ status: 302 })
      expect(response.headers.get('Location')).toMatch(/^\/login\?redirectTo=/)
    }
    await unchanged(steps)
  })

  test('refuses members with 403 and changes nothing', async () => {
    const { cookie } = await cookieFor('member')
    const steps = await walk()
    for (const step of steps) {
      const response = await send(step, cookie)
      expect({ ...step, status: response.status }).toMatchObject({ status: 403 })
    }
    await unchanged(steps)
    expect(await prisma.auditEntry.count({ where: { reason: 'walk' } })).toBe(0)
  })

  test('refuses staff the admin page and role changes', async () => {
    const { cookie } = await cookieFor('staff')
    const member = await createTestAccount()
    expect((await send({ method: 'GET', path: '/admin' }, cookie)).status).toBe(403)
    const response = await send(
      { method: 'POST', path: '/staff/users', form: { intent: 'role', userId: member.id, role: 'staff' } },
      cookie,
    )
    expect(response.status).toBe(403)
    expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe('member')
  })
})
