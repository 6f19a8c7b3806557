import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  anOrganisationRow,
  createTestAccount,
  createTestEvent,
  createTestIntroduction,
  createTestOrganisation,
  createTestSession,
} from '../../prisma/seed/builders'
import { createTestBrokerage } from '../../prisma/seed/meeting-builders'
import { register } from '~/modules/events/registrations.server'
import { prepareImport } from '~/modules/profiles/import-preview.server'
import { acceptIntroduction } from '~/modules/introductions/introductions.server'
import { prisma } from '~/utils/db.server'
import { baseUrl } from './browser'

type Viewer = 'anonymous' | 'otherMember' | 'owner' | 'staff'
type Expected = { status: number; location?: RegExp }
type Case = { path: string; expect: Record<Viewer, Expected> }

const toLogin: Expected = { status: 302, location: /^\/login\?redirectTo=/ }
const notFound: Expected = { status: 404 }
const forbidden: Expected = { status: 403 }
const ok: Expected = { status: 200 }

/** Every route file whose address has a parameter, from the file names (splat 404 page left out). */
async function parameterRoutes() {
  const files = await readdir(path.resolve(import.meta.dirname, '../../app/routes'))
  return files.filter((file) => file.includes('$') && !file.startsWith('$.')).sort()
}

async function cookieFor(userId: string) {
  return createTestSession(userId, 'idor-matrix')
}

describe('access to every route with an id (IDOR matrix)', () => {
  let cases: Record<string, Case[]>
  let cookies: Record<Exclude<Viewer, 'anonymous'>, string>

  beforeAll(async () => {
    const owner = await createTestOrganisation({ country: 'DE' })
    const partner = await createTestOrganisation({ country: 'JP' })
    const other = await createTestOrganisation({ country: 'FR' })
    const draft = await createTestOrganisation({ country: 'AT', status: 'draft' })
    const staff = await createTestAccount({ role: 'staff' })
    const introductionId = await createTestIntroduction(owner, partner, {
      slots: [{ date: '2027-09-14', time: '10:00', durationMinutes: '60', mode: 'online' }],
    })
    const slot = await prisma.meetingSlot.findFirstOrThrow({ where: { introductionId } })
    await acceptIntroduction({ introductionId, organisationId: partner.organisation.id, slotId: slot.id })
    cookies = {
      owner: await cookieFor(owner.member.id),
      otherMember: await cookieFor(other.member.id),
      staff: await cookieFor(staff.id),
    }
    const draftOwnerCookie = await cookieFor(draft.member.id)
    const ownerEmail = await prisma.emailMessage.findFirstOrThrow({
      where: { userId: partner.member.id, html: { not: null } },
    })
    const otherStaff = await createTestAccount({ role: 'staff' })
    const importFile = (id: string) =>
      prepareImport({ data: { organisations: [anOrganisationRow()] }, fileName: 'idor.json' }, id).then(
        (prepared) => {
          if (!prepared.ok) throw new Error('The import file should pass.')
          return prepared.id
        },
      )
    const ownImport = await importFile(staff.id)
    const otherStaffImport = await importFile(otherStaff.id)
    const { event: published } = await createTestEvent()
    const { event: draftEvent } = await createTestEvent({}, { publish: false })
    const staffOnly = { anonymous: toLogin, otherMember: forbidden, owner: forbidden, staff: ok }
    const everyone = { anonymous: ok, otherMember: ok, owner: ok, staff: ok }
    const draftsForStaff = { anonymous: notFound, otherMember: notFound, owner: notFound, staff: ok }
    // The owner has a confirmed place at a brokerage event; the other member and staff have none.
    const { event: brokerage } = await createTestBrokerage()
    await register({
      eventId: brokerage.id,
      actorId: owner.member.id,
      people: [owner.member.id],
      mode: 'on_site',
      answer: null,
      listed: true,
    })
    const participantsOnly = { anonymous: toLogin, otherMember: forbidden, owner: ok, staff: forbidden }
    const followUp = await prisma.followUp.update({
      where: { introductionId_organisationId: { introductionId, organisationId: owner.organisation.id } },
      data: { sentAt: new Date() },
    })
    // A draft's document, and a file shared in the owner's introduction.
    const draftDocument = await prisma.storedFile.create({
      data: {
        purpose: 'document',
        organisationId: draft.organisation.id,
        fileName: 'plan.pdf',
        contentType: 'application/pdf',
        byteSize: 3,
        storageKey: `idor-${draft.organisation.id}`,
      },
    })
    await prisma.fileBlob.create({
      data: { key: draftDocument.storageKey, bytes: new Uint8Array([1, 2, 3]) },
    })
    const attachment = await prisma.storedFile.create({
      data: {
        purpose: 'attachment',
        organisationId: owner.organisation.id,
        introductionId,
        fileName: 'offer.pdf',
        contentType: 'application/pdf',
        byteSize: 3,
        storageKey: `idor-${introductionId}`,
      },
    })
    await prisma.fileBlob.create({ data: { key: attachment.storageKey, bytes: new Uint8Array([1, 2, 3]) } })
    cases = {
      'files.$id.ts': [
        {
          path: `/files/${draftDocument.id}`,
          expect: { anonymous: toLogin, otherMember: notFound, owner: notFound, staff: ok },
        },
        {
          path: `/files/${attachment.id}`,
          expect: { anonymous: toLogin, otherMember: notFound, owner: ok, staff: ok },
        },
        {
          path: '/files/no-such-file',
          expect: { anonymous: toLogin, otherMember: notFound, owner: notFound, staff: notFound },
        },
      ],
      'events.$slug_.meetings.tsx': [
        { path: `/events/${brokerage.slug}/meetings`, expect: participantsOnly },
        // A webinar has no meetings at all.
        {
          path: `/events/${published.slug}/meetings`,
          expect: { anonymous: toLogin, otherMember: notFound, owner: notFound, staff: notFound },
        },
      ],
      'events.$slug_.agenda.tsx': [{ path: `/events/${brokerage.slug}/agenda`, expect: participantsOnly }],
      'events.$slug_.agenda[.]ics.ts': [
        { path: `/events/${brokerage.slug}/agenda.ics`, expect: participantsOnly },
      ],
      'follow-ups.$id.tsx': [
        {
          path: `/follow-ups/${followUp.id}`,
          expect: { anonymous: toLogin, otherMember: notFound, owner: ok, staff: notFound },
        },
      ],
      'staff.events.$id.meetings.tsx': [
        { path: `/staff/events/${brokerage.id}/meetings`, expect: staffOnly },
        {
          path: `/staff/events/${published.id}/meetings`,
          expect: { anonymous: toLogin, otherMember: forbidden, owner: forbidden, staff: notFound },
        },
      ],
      'staff.events.$id.meetings[.]csv.ts': [
        { path: `/staff/events/${brokerage.id}/meetings.csv`, expect: staffOnly },
      ],
      'staff.events.$id.table-plan.tsx': [
        { path: `/staff/events/${brokerage.id}/table-plan`, expect: staffOnly },
      ],
      'events.$slug.tsx': [
        { path: `/events/${published.slug}`, expect: everyone },
        { path: `/events/${draftEvent.slug}`, expect: draftsForStaff },
      ],
      'events.$slug.calendar[.]ics.ts': [
        { path: `/events/${published.slug}/calendar.ics`, expect: everyone },
        { path: `/events/${draftEvent.slug}/calendar.ics`, expect: draftsForStaff },
      ],
      'staff.events.$id._index.tsx': [{ path: `/staff/events/${draftEvent.id}`, expect: staffOnly }],
      'staff.events.$id.registrations.tsx': [
        { path: `/staff/events/${published.id}/registrations`, expect: staffOnly },
      ],
      'staff.events.$id.participants[.]csv.ts': [
        { path: `/staff/events/${published.id}/participants.csv`, expect: staffOnly },
      ],
      'introductions.$id.tsx': [
        {
          path: `/introductions/${introductionId}`,
          expect: { anonymous: toLogin, otherMember: notFound, owner: ok, staff: ok },
        },
      ],
      'introductions.$id.meeting[.]ics.ts': [
        {
          path: `/introductions/${introductionId}/meeting.ics`,
          expect: { anonymous: toLogin, otherMember: notFound, owner: ok, staff: ok },
        },
      ],
      'organisations.$slug.tsx': [
        {
          path: `/organisations/${draft.organisation.slug}`,
          // The draft's own member is checked below with a cookie of their own.
          expect: { anonymous: toLogin, otherMember: notFound, owner: notFound, staff: ok },
        },
      ],
      'staff.moderation.$organisationId.tsx': [
        {
          path: `/staff/moderation/${draft.organisation.id}`,
          expect: { anonymous: toLogin, otherMember: forbidden, owner: forbidden, staff: ok },
        },
      ],
      // A file waiting for confirmation is its staff member's own: another staff member finds nothing.
      'staff.import.$id.tsx': [
        { path: `/staff/import/${ownImport}`, expect: staffOnly },
        {
          path: `/staff/import/${otherStaffImport}`,
          expect: { anonymous: toLogin, otherMember: forbidden, owner: forbidden, staff: notFound },
        },
      ],
      // The development outbox is for staff; an unknown email is not found.
      'dev.outbox.$id[.]html.ts': [
        { path: `/dev/outbox/${ownerEmail.id}.html`, expect: staffOnly },
        {
          path: '/dev/outbox/no-such-email.html',
          expect: { anonymous: toLogin, otherMember: forbidden, owner: forbidden, staff: notFound },
        },
      ],
      'staff.charts.$chart[.]csv.ts': [
        {
          path: '/staff/charts/top-roles.csv',
          expect: { anonymous: toLogin, otherMember: forbidden, owner: forbidden, staff: ok },
        },
      ],
      // Links from emails: a wrong or used token shows an "expired" page and nothing else.
      'reset-password.$token.tsx': [
        {
          path: '/reset-password/not-a-token',
          expect: { anonymous: ok, otherMember: ok, owner: ok, staff: ok },
        },
      ],
      'confirm-email.$token.tsx': [
        {
          path: '/confirm-email/not-a-token',
          expect: { anonymous: ok, otherMember: ok, owner: ok, staff: ok },
        },
      ],
      'verify-email.$token.tsx': [
        {
          path: '/verify-email/not-a-token',
          expect: { anonymous: ok, otherMember: ok, owner: ok, staff: ok },
        },
      ],
      // The link's token is its authority, whoever opens it: a wrong one is not found for everyone.
      'email.unsubscribe.$token.tsx': [
        {
          path: '/email/unsubscribe/not-a-token?topic=events',
          expect: { anonymous: notFound, otherMember: notFound, owner: notFound, staff: notFound },
        },
      ],
    }
    const ownDraft = await fetch(`${baseUrl()}/organisations/${draft.organisation.slug}`, {
      headers: { Cookie: draftOwnerCookie },
      redirect: 'manual',
    })
    expect(ownDraft.status).toBe(200)
  })

  test('every route with a parameter is in the matrix (a new one must be added here)', async () => {
    expect(await parameterRoutes()).toEqual(Object.keys(cases).sort())
  })

  test('each viewer gets what they may see, and nothing else', async () => {
    const outcomes: string[] = []
    for (const [file, routeCases] of Object.entries(cases)) {
      for (const { path: address, expect: expected } of routeCases) {
        for (const viewer of ['anonymous', 'otherMember', 'owner', 'staff'] as const) {
          const response = await fetch(`${baseUrl()}${address}`, {
            redirect: 'manual',
            headers: viewer === 'anonymous' ? {} : { Cookie: cookies[viewer] },
          })
          const want = expected[viewer]
          const location = response.headers.get('location') ?? ''
          const matches = response.status === want.status && (!want.location || want.location.test(location))
          if (!matches)
            outcomes.push(`${file} as ${viewer}: got ${response.status} ${location}, want ${want.status}`)
          if (file.includes('$token')) {
            expect(await response.text()).toMatch(/expired or was already used|This link does not work/)
          }
        }
      }
    }
    expect(outcomes).toEqual([])
  })
})
