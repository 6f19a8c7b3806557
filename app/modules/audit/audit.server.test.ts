import { englishErrorOf } from '../../../tests/support/in-english'
import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import {
  anEventForm,
  anOrganisationRow,
  createTestAccount,
  createTestOrganisation,
} from '../../../prisma/seed/builders'
import { eventInputSchema } from '~/modules/events/event-fields'
import { cancelEvent, createEvent, publishEvent, updateEvent } from '~/modules/events/events.server'
import {
  approveRegistration,
  declineRegistration,
  recordAttendance,
  register,
} from '~/modules/events/registrations.server'
import { addStaffNote, brokerIntroduction } from '~/modules/introductions/brokering.server'
import { markLeadBrokered } from '~/modules/matching/leads.server'
import { markLeadRequestHandled, requestLeadIntroduction } from '~/modules/matching/lead-requests.server'
import { importOrganisations } from '~/modules/profiles/import.server'
import { addTerm, renameTerm, setTermRetired } from '~/modules/taxonomy/taxonomy-admin.server'
import { newTermSchema } from '~/modules/taxonomy/term-fields'
import { prisma } from '~/utils/db.server'
import { createTestBrokerage, createTestParticipant } from '../../../prisma/seed/meeting-builders'
import { meetingBlockSchema, meetingPlanSchema } from '~/modules/meetings/meeting-fields'
import {
  addMeetingBlock,
  addTables,
  changeTable,
  deleteMeetingBlock,
  deleteTable,
  saveMeetingPlan,
} from '~/modules/meetings/meeting-plan.server'
import {
  closeWishes,
  moveMeeting,
  proposeSchedule,
  publishSchedule,
  removeMeeting,
  setWish,
} from '~/modules/meetings/schedule.server'
import { changeRole, disableAccount, enableAccount } from '~/modules/moderation/accounts-admin.server'
import { addDocument, removeProfileFileByStaff } from '~/modules/files/files.server'
import { samplePdf } from '../../../tests/support/sample-files'
import { auditActions, type AuditAction } from './audit.server'
import {
  approveProfile,
  rejectProfile,
  requestChanges,
  restore,
  suspend,
} from '~/modules/moderation/moderation.server'
import { fileReport, resolveReport } from '~/modules/moderation/reports.server'

async function organisation(
  status: 'submitted' | 'approved' = 'submitted',
  overrides: Record<string, unknown> = {},
) {
  const row = anOrganisationRow({ status, ...overrides })
  const result = await importOrganisations({ organisations: [row] })
  if (!result.ok) throw new Error('expected an import')
  return prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
}

/** Runs a staff action and returns the audit entries it wrote. */
async function entriesWrittenBy(actorId: string, action: () => Promise<unknown>) {
  const earlier = await prisma.auditEntry.findMany({ where: { actorId }, select: { id: true } })
  await action()
  return prisma.auditEntry.findMany({
    where: { actorId, id: { notIn: earlier.map((entry) => entry.id) } },
  })
}

describe('audit completeness: every staff action writes exactly one entry', () => {
  const covered = new Set<AuditAction>()

  async function expectOneEntry(
    actorId: string,
    action: AuditAction,
    targetId: string,
    run: () => Promise<unknown>,
  ) {
    const entries = await entriesWrittenBy(actorId, run)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action, targetId, actorId })
    covered.add(action)
  }

  test('moderation decisions', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const first = await organisation()
    await expectOneEntry(staff.id, 'profile.request_changes', first.id, () =>
      requestChanges(staff.id, first.id, 'Add a description in Japanese.', first.version),
    )
    const second = await organisation()
    await expectOneEntry(staff.id, 'profile.reject', second.id, () =>
      rejectProfile(staff.id, second.id, 'Not an organisation.', second.version),
    )
    const third = await organisation()
    await expectOneEntry(staff.id, 'profile.approve', third.id, () =>
      approveProfile(staff.id, third.id, third.version),
    )
    await expectOneEntry(staff.id, 'organisation.suspend', third.id, () =>
      suspend({ staffId: staff.id, organisationId: third.id, reason: 'Fraud.' }),
    )
    await expectOneEntry(staff.id, 'organisation.restore', third.id, () =>
      restore({ staffId: staff.id, organisationId: third.id }),
    )
    // An imported profile has no members yet: the file stands in for one a member would upload.
    await addDocument({
      organisationId: third.id,
      userId: staff.id,
      upload: { name: 'brochure.pdf', bytes: samplePdf() },
    })
    const document = await prisma.storedFile.findFirstOrThrow({ where: { organisationId: third.id } })
    await expectOneEntry(staff.id, 'organisation.file_remove', third.id, () =>
      removeProfileFileByStaff({
        staffId: staff.id,
        organisationId: third.id,
        fileId: document.id,
        reason: 'Someone else’s brochure.',
      }),
    )
  })

  test('reports', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const reporter = await createTestAccount()
    const target = await organisation('approved')
    const first = await fileReport({
      reporterId: reporter.id,
      organisationId: target.id,
      reason: 'spam',
      comment: 'Adverts.',
    })
    await expectOneEntry(staff.id, 'report.dismiss', first.id, () =>
      resolveReport({ staffId: staff.id, reportId: first.id, outcome: 'dismiss', note: 'Fine.' }),
    )
    const second = await fileReport({
      reporterId: reporter.id,
      organisationId: target.id,
      reason: 'not_a_company',
      comment: 'Fake.',
    })
    await expectOneEntry(staff.id, 'report.suspend', second.id, () =>
      resolveReport({ staffId: staff.id, reportId: second.id, outcome: 'suspend', note: 'Fake.' }),
    )
    expect(
      (await prisma.organisation.findUniqueOrThrow({ where: { id: target.id } })).suspendedAt,
    ).not.toBeNull()
  })

  test('taxonomy', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const code = `audit-${randomBytes(3).toString('hex')}`
    const target = `market:${code}`
    await expectOneEntry(staff.id, 'taxonomy.add', target, () =>
      addTerm(
        staff.id,
        newTermSchema.parse({ kind: 'market', code, labelEn: 'Audit land', labelJa: '監査' }),
      ),
    )
    await expectOneEntry(staff.id, 'taxonomy.rename', target, () =>
      renameTerm(staff.id, 'market', code, { labelEn: 'Audit country', labelJa: '監査国' }),
    )
    await expectOneEntry(staff.id, 'taxonomy.retire', target, () =>
      setTermRetired(staff.id, 'market', code, true),
    )
    await expectOneEntry(staff.id, 'taxonomy.restore', target, () =>
      setTermRetired(staff.id, 'market', code, false),
    )
  })

  test('imports from the web', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const entries = await entriesWrittenBy(staff.id, () =>
      importOrganisations({ organisations: [anOrganisationRow(), anOrganisationRow()] }, staff.id),
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'organisations.import', details: { created: 2, updated: 0 } })
    covered.add('organisations.import')
  })

  test('brokering a lead', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const eu = await organisation('approved', { country: 'DE', markets: ['asean'] })
    const jp = await organisation('approved', { country: 'JP', markets: ['asean'] })
    await expectOneEntry(staff.id, 'lead.broker', `asean:${eu.id}:${jp.id}`, () =>
      markLeadBrokered(staff.id, { market: 'asean', euId: eu.id, jpId: jp.id }, 'Call both on Monday.'),
    )
  })

  test('handling a three-way introduction request from a lead', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const shared = { materials: ['cobalt', 'nickel'], technologies: ['li-ion-battery'], markets: ['asean'] }
    const eu = await organisation('approved', { country: 'DE', roles: ['dismantling'], ...shared })
    const jp = await organisation('approved', { country: 'JP', roles: ['recycling'], ...shared })
    const member = await createTestAccount()
    await prisma.organisationMember.create({
      data: { organisationId: eu.id, userId: member.id, role: 'owner' },
    })
    const requestId = await requestLeadIntroduction({
      userId: member.id,
      organisationId: eu.id,
      request: { market: 'asean', euId: eu.id, jpId: jp.id, message: 'Dismantled packs for your line.' },
    })
    await expectOneEntry(staff.id, 'lead.request_handled', requestId, () =>
      markLeadRequestHandled(staff.id, requestId),
    )
  })

  test('introductions brokered by staff, and staff notes on requests', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const eu = await organisation('approved')
    const jp = await organisation('approved')
    let introductionId = ''
    const entries = await entriesWrittenBy(staff.id, async () => {
      introductionId = await brokerIntroduction({
        staffId: staff.id,
        firstSlug: eu.slug,
        secondSlug: jp.slug,
        purpose: 'joint-rd',
        message: 'Both of you work on cathode materials: please meet.',
      })
    })
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'introduction.broker', targetId: introductionId })
    covered.add('introduction.broker')
    await expectOneEntry(staff.id, 'introduction.note', introductionId, () =>
      addStaffNote({ staffId: staff.id, introductionId, body: 'Both confirmed by phone.' }),
    )
  })

  test('events: creating, changing, publishing, cancelling, registrations and attendance', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const input = eventInputSchema.parse(anEventForm({ needsApproval: 'on' }))
    let eventId = ''
    const created = await entriesWrittenBy(staff.id, async () => {
      eventId = (await createEvent(staff.id, input)).id
    })
    expect(created).toMatchObject([{ action: 'event.create', targetId: eventId }])
    covered.add('event.create')
    await expectOneEntry(staff.id, 'event.update', eventId, () => updateEvent(staff.id, eventId, input))
    await expectOneEntry(staff.id, 'event.publish', eventId, () => publishEvent(staff.id, eventId))
    const { organisation, member } = await createTestOrganisation()
    const colleague = await createTestAccount()
    await prisma.organisationMember.create({
      data: { organisationId: organisation.id, userId: colleague.id },
    })
    const [first, second] = await register({
      eventId,
      actorId: member.id,
      people: [member.id, colleague.id],
      answer: null,
      listed: true,
    })
    await expectOneEntry(staff.id, 'event.registration_approve', first!.id, () =>
      approveRegistration(staff.id, first!.id),
    )
    await expectOneEntry(staff.id, 'event.registration_decline', second!.id, () =>
      declineRegistration(staff.id, second!.id, 'One place per company.'),
    )
    await expectOneEntry(staff.id, 'event.attendance', eventId, () =>
      recordAttendance(staff.id, eventId, [first!.id]),
    )
    await expectOneEntry(staff.id, 'event.cancel', eventId, () => cancelEvent(staff.id, eventId))
  })

  test('meetings at a brokerage event: rules, blocks, tables, wishes closed, schedule, moves, removal, publication', async () => {
    const { event, staff, slots, tables } = await createTestBrokerage({ mode: 'organiser', tables: 2 })
    const eventId = event.id
    await expectOneEntry(staff.id, 'meetings.plan', eventId, () =>
      saveMeetingPlan(
        staff.id,
        eventId,
        meetingPlanSchema.parse({
          bookingMode: 'organiser',
          requestRule: 'everyone',
          maxPendingRequests: '5',
          followUpMonths: '3',
        }),
      ),
    )
    const date = event.startsAt.toISOString().slice(0, 10)
    await expectOneEntry(staff.id, 'meetings.block_add', eventId, () =>
      addMeetingBlock(
        staff.id,
        eventId,
        meetingBlockSchema.parse({
          date,
          startTime: '16:00',
          endTime: '17:00',
          slotMinutes: '20',
          breakMinutes: '5',
        }),
      ),
    )
    const added = await prisma.meetingBlock.findFirstOrThrow({
      where: { eventId, slots: { none: { id: slots[0]!.id } } },
    })
    await expectOneEntry(staff.id, 'meetings.block_delete', eventId, () =>
      deleteMeetingBlock(staff.id, eventId, added.id),
    )
    await expectOneEntry(staff.id, 'meetings.tables_add', eventId, () =>
      addTables(staff.id, eventId, { count: 1, prefix: 'Room' }),
    )
    await expectOneEntry(staff.id, 'meetings.table_change', eventId, () =>
      changeTable(staff.id, eventId, {
        tableId: tables[0]!.id,
        name: 'Table A',
        roomUrl: 'https://meet.example/a',
      }),
    )
    const room = await prisma.eventTable.findFirstOrThrow({ where: { eventId, name: 'Room 1' } })
    await expectOneEntry(staff.id, 'meetings.table_delete', eventId, () =>
      deleteTable(staff.id, eventId, room.id),
    )
    const eu = await createTestParticipant(eventId, { country: 'BE' })
    const jp = await createTestParticipant(eventId, { country: 'JP' })
    const jp2 = await createTestParticipant(eventId, { country: 'JP' })
    await setWish({ eventId, userId: eu.member.id, form: { toId: jp.member.id, level: 'must' } })
    await setWish({ eventId, userId: eu.member.id, form: { toId: jp2.member.id, level: 'like' } })
    await expectOneEntry(staff.id, 'meetings.wishes_close', eventId, () => closeWishes(staff.id, eventId))
    await expectOneEntry(staff.id, 'meetings.schedule', eventId, () => proposeSchedule(staff.id, eventId))
    const [first, second] = await prisma.eventMeeting.findMany({
      where: { eventId },
      orderBy: { createdAt: 'asc' },
    })
    await expectOneEntry(staff.id, 'meetings.move', first!.id, () =>
      moveMeeting(staff.id, eventId, {
        meetingId: first!.id,
        slotId: first!.slotId!,
        tableId: tables[1]!.id,
      }),
    )
    await expectOneEntry(staff.id, 'meetings.remove', second!.id, () =>
      removeMeeting(staff.id, eventId, second!.id),
    )
    await expectOneEntry(staff.id, 'meetings.publish', eventId, () => publishSchedule(staff.id, eventId))
  })

  test('accounts', async () => {
    const admin = await createTestAccount({ role: 'admin' })
    const member = await createTestAccount()
    await expectOneEntry(admin.id, 'user.role', member.id, () => changeRole(admin, member.id, 'staff'))
    await expectOneEntry(admin.id, 'user.disable', member.id, () =>
      disableAccount(admin, member.id, 'Left the company.'),
    )
    await expectOneEntry(admin.id, 'user.enable', member.id, () => enableAccount(admin, member.id))
  })

  test('refused actions write nothing', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const member = await createTestAccount()
    const approved = await organisation('approved')
    const entries = await entriesWrittenBy(staff.id, async () => {
      expect(await englishErrorOf(changeRole(staff, member.id, 'admin'))).toContain('Only administrators')
      expect(
        await englishErrorOf(requestChanges(staff.id, approved.id, 'Please add more.', approved.version)),
      ).toContain('not waiting')
    })
    expect(entries).toEqual([])
  })

  test('all staff actions are covered by the tests above', () => {
    expect([...auditActions].filter((action) => !covered.has(action))).toEqual([])
  })
})

describe('the audit log is append-only', () => {
  test('the database refuses to change or delete an entry', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const target = await organisation()
    await approveProfile(staff.id, target.id, target.version)
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { actorId: staff.id } })
    await expect(
      prisma.auditEntry.update({ where: { id: entry.id }, data: { reason: 'rewritten' } }),
    ).rejects.toThrow(/append-only/)
    await expect(prisma.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/)
    expect(await prisma.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      reason: null,
    })
  })
})

describe('staff powers', () => {
  test('a staff user cannot grant roles; an admin cannot change their own', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const admin = await createTestAccount({ role: 'admin' })
    const member = await createTestAccount()
    expect(await englishErrorOf(changeRole(staff, member.id, 'staff'))).toContain(
      'Only administrators can change roles.',
    )
    expect(await englishErrorOf(changeRole(admin, admin.id, 'member'))).toContain('your own role')
    expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe('member')
  })

  test('disabling an account ends all its sessions; staff cannot disable staff', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const otherStaff = await createTestAccount({ role: 'staff' })
    const member = await createTestAccount()
    await prisma.session.create({
      data: {
        id: `s-${randomBytes(8).toString('hex')}`,
        userId: member.id,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    })
    await disableAccount(staff, member.id, 'Spam account.')
    expect(await prisma.session.count({ where: { userId: member.id } })).toBe(0)
    expect(await englishErrorOf(disableAccount(staff, otherStaff.id, 'No.'))).toContain('Only administrators')
  })
})
