/**
 * What an outside penetration test sent, kept so that it stays answered: bodies that once froze the
 * server, NUL bytes, malformed uploads, out-of-range numbers and races. Each gets a small 4xx (never a 5xx
 * or a stall) and changes nothing it should not.
 */
import ExcelJS from 'exceljs'
import { describe, expect, test } from 'vitest'
import {
  anOrganisationRow,
  createTestAccount,
  createTestIntroduction,
  createTestOrganisation,
  createTestSession,
} from '../../prisma/seed/builders'
import { importOrganisations } from '~/modules/profiles/import.server'
import { prepareImport } from '~/modules/profiles/import-preview.server'
import { prisma } from '~/utils/db.server'
import { baseUrl } from './browser'

function postRaw(
  path: string,
  body: string,
  cookie?: string,
  contentType = 'application/x-www-form-urlencoded',
) {
  return fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: baseUrl(), 'Content-Type': contentType, ...(cookie ? { Cookie: cookie } : {}) },
    body,
  })
}

const get = (path: string, cookie?: string) =>
  fetch(`${baseUrl()}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} })

/** The answer, its size, and whether /healthz answered while it was being worked out. */
async function sendWithHealthCheck(send: () => Promise<Response>) {
  const [response, health] = await Promise.all([
    send().then(async (answer) => ({ status: answer.status, size: (await answer.arrayBuffer()).byteLength })),
    fetch(`${baseUrl()}/healthz`).then((answer) => answer.status),
  ])
  return { ...response, health }
}

const smallAnswer = 100_000

describe('bodies that once froze the server', () => {
  test.each([
    ['/forgot-password', 'x[10000000]=1'],
    ['/login', 'x[1000000]=1'],
    ['/signup', 'x[1000000]=1'],
    ['/forgot-password?_data=routes%2Fforgot-password', 'email=a%40b.example&x[10000000]=1'],
  ])('%s with %s answers a small 400, and the server keeps answering', async (path, body) => {
    const result = await sendWithHealthCheck(() => postRaw(path, body))
    expect(result).toMatchObject({ status: 400, health: 200 })
    expect(result.size).toBeLessThan(smallAnswer)
  })

  test('a huge slot index on an introduction answers a small 400 and proposes nothing', async () => {
    const eu = await createTestOrganisation({ country: 'DE' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const id = await createTestIntroduction(eu, jp)
    await prisma.introductionRequest.update({ where: { id }, data: { status: 'accepted' } })
    const cookie = await createTestSession(eu.member.id)
    const result = await sendWithHealthCheck(() =>
      postRaw(`/introductions/${id}`, 'intent=propose&slots[100000000].date=2027-05-01', cookie),
    )
    expect(result).toMatchObject({ status: 400, health: 200 })
    expect(result.size).toBeLessThan(smallAnswer)
    expect(await prisma.meetingSlot.count({ where: { introductionId: id } })).toBe(0)
  })

  test('a repeated intent is refused: one reading everywhere', async () => {
    const eu = await createTestOrganisation({ country: 'DE' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const id = await createTestIntroduction(eu, jp)
    const cookie = await createTestSession(eu.member.id)
    const response = await postRaw(`/introductions/${id}`, 'intent=withdraw&intent=accept', cookie)
    expect(response.status).toBe(400)
    expect((await prisma.introductionRequest.findUniqueOrThrow({ where: { id } })).status).toBe('pending')
  })
})

describe('NUL bytes', () => {
  test('in addresses (search, slugs, ids, staff filters) they answer 400', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const cookie = await createTestSession(staff.id)
    for (const path of [
      '/directory?q=%00',
      '/directory?q=magnet%00&country=DE',
      '/organisations/%00',
      '/organisations/nordic%00',
      '/introductions/abc%00',
      '/staff/audit?actor=%00',
      '/staff/introductions?status=%00',
    ]) {
      const response = await get(path, cookie)
      expect(response.status, path).toBe(400)
    }
  })

  test('in a thread message or a profile field they answer 400 and store nothing', async () => {
    const eu = await createTestOrganisation({ country: 'DE' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const id = await createTestIntroduction(eu, jp)
    await prisma.introductionRequest.update({ where: { id }, data: { status: 'accepted' } })
    const cookie = await createTestSession(eu.member.id)
    const message = await postRaw(
      `/introductions/${id}`,
      new URLSearchParams({ intent: 'message', body: 'Hello\u0000 there, shall we meet?' }).toString(),
      cookie,
    )
    expect(message.status).toBe(400)
    expect(await prisma.introductionMessage.count({ where: { introductionId: id } })).toBe(0)

    const before = await prisma.organisation.findUniqueOrThrow({ where: { id: eu.organisation.id } })
    const edit = await postRaw(
      '/organisation/edit',
      new URLSearchParams({
        ...profileForm(before.name),
        city: 'Ham\u0000burg',
        version: String(before.version),
      }).toString(),
      cookie,
    )
    expect(edit.status).toBe(400)
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: eu.organisation.id } })).toMatchObject({
      city: before.city,
      version: before.version,
    })
  })
})

function profileForm(name: string) {
  return {
    name,
    country: 'DE',
    description:
      'We recover cobalt, nickel and lithium from end-of-life batteries in a hydrometallurgical plant.',
    roles: 'recycling',
  }
}

describe('numbers and files out of range', () => {
  test('a profile version beyond PostgreSQL integers is a 400, not an error', async () => {
    const party = await createTestOrganisation({ country: 'FR' })
    const cookie = await createTestSession(party.member.id)
    const response = await postRaw(
      '/organisation/edit',
      new URLSearchParams({ ...profileForm(party.organisation.name), version: '2147483648' }).toString(),
      cookie,
    )
    expect(response.status).toBe(400)
  })

  test('malformed multipart on the staff import answers 400 and imports nothing', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const cookie = await createTestSession(staff.id)
    const before = await prisma.organisation.count()
    const noBoundary = await postRaw('/staff/import', 'organisations', cookie, 'multipart/form-data')
    expect(noBoundary.status).toBe(400)
    const truncated = await postRaw(
      '/staff/import',
      '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n{"organisations": [',
      cookie,
      'multipart/form-data; boundary=XYZ',
    )
    expect(truncated.status).toBe(400)
    expect(await prisma.organisation.count()).toBe(before)
  })

  test('hostile import files (NUL, old Excel, a zip bomb, over 5 MB) are refused with a message and nothing is kept', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const cookie = await createTestSession(staff.id)
    const upload = (content: BlobPart, name: string) => {
      const form = new FormData()
      form.append('file', new Blob([content]), name)
      return fetch(`${baseUrl()}/staff/import`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: baseUrl(), Cookie: cookie },
        body: form,
      })
    }
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Organisations').addRow(['name', 'a'.repeat(60 * 1024 * 1024)])
    const bomb = Buffer.from(await workbook.xlsx.writeBuffer())
    const answers = [
      await upload('name,country\nNul\0Metals,DE\n', 'nul.csv'),
      await upload(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls'),
      await upload(bomb, 'bomb.xlsx'),
      await upload(new Uint8Array(5 * 1024 * 1024 + 1), 'huge.csv'),
      await upload('{"organisations":[{"name":"Nul\\u0000"}]}', 'nul.json'),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 413, 400])
    expect(await prisma.profileImport.count({ where: { createdById: staff.id } })).toBe(0)
  })

  test('a waiting import: an unknown action is a 400, two confirmations at once import once', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const cookie = await createTestSession(staff.id)
    const row = anOrganisationRow()
    const prepared = await prepareImport({ data: { organisations: [row] }, fileName: 'race.json' }, staff.id)
    if (!prepared.ok) throw new Error('The file should pass.')
    const path = `/staff/import/${prepared.id}`
    expect((await postRaw(path, 'intent=drop-tables', cookie)).status).toBe(400)
    expect((await postRaw(path, 'intent=confirm\u0000', cookie)).status).toBe(400)
    expect((await postRaw(path, 'intent=confirm&x[10000000]=1', cookie)).status).toBe(400)
    expect(await prisma.organisation.count({ where: { slug: row.slug } })).toBe(0)
    const statuses = await Promise.all(
      Array.from({ length: 4 }, () =>
        postRaw(path, 'intent=confirm', cookie).then((answer) => answer.status),
      ),
    )
    expect(statuses).toEqual([302, 302, 302, 302])
    expect(await prisma.organisation.count({ where: { slug: row.slug } })).toBe(1)
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
    expect(await prisma.organisationRevision.count({ where: { organisationId: organisation.id } })).toBe(1)
  })
})

describe('races and unknown ids', () => {
  test('saved searches: a huge index or a NUL byte is a 400, the same save twice at once keeps one', async () => {
    const member = await createTestAccount()
    const cookie = await createTestSession(member.id)
    const save = 'intent=save&name=Gallium&query=material%3Dgallium'
    expect((await postRaw('/saved-searches', `${save}&x[10000000]=1`, cookie)).status).toBe(400)
    expect(
      (await postRaw('/saved-searches', 'intent=save&name=Gallium%00&query=material%3Dgallium', cookie))
        .status,
    ).toBe(400)
    expect(await prisma.savedSearch.count({ where: { userId: member.id } })).toBe(0)
    const statuses = await Promise.all([
      postRaw('/saved-searches', save, cookie),
      postRaw('/saved-searches', save, cookie),
    ]).then((answers) => answers.map((answer) => answer.status).sort())
    expect(statuses).toEqual([200, 409])
    expect(await prisma.savedSearch.count({ where: { userId: member.id } })).toBe(1)
  })

  test('ten organisation creations at once by one member: one organisation, the rest refused', async () => {
    const member = await createTestAccount()
    const cookie = await createTestSession(member.id)
    const name = `Race Recycling ${Date.now()}`
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () =>
        postRaw('/organisation/new', new URLSearchParams(profileForm(name)).toString(), cookie).then(
          (r) => r.status,
        ),
      ),
    )
    expect(statuses.filter((status) => status >= 500)).toEqual([])
    expect(statuses.filter((status) => status === 302).length).toBeGreaterThanOrEqual(1)
    expect(await prisma.organisationMember.count({ where: { userId: member.id } })).toBe(1)
    expect(await prisma.organisation.count({ where: { name } })).toBe(1)
  })

  test('ten dismissals of one suggestion at once are one dismissal; an unknown id is a 404', async () => {
    const mine = await createTestOrganisation({ country: 'DE' })
    const other = await createTestOrganisation({ country: 'JP' })
    const cookie = await createTestSession(mine.member.id)
    const body = new URLSearchParams({ intent: 'dismiss', organisationId: other.organisation.id }).toString()
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () => postRaw('/suggestions', body, cookie).then((r) => r.status)),
    )
    expect(new Set(statuses)).toEqual(new Set([302]))
    expect(await prisma.suggestionDismissal.count({ where: { organisationId: mine.organisation.id } })).toBe(
      1,
    )
    const unknown = await postRaw(
      '/suggestions',
      new URLSearchParams({ intent: 'dismiss', organisationId: 'no-such-organisation' }).toString(),
      cookie,
    )
    expect(unknown.status).toBe(404)
  })

  test('ten accepts of one request at once: accepted once, the others told it is no longer pending', async () => {
    const eu = await createTestOrganisation({ country: 'DE' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const id = await createTestIntroduction(eu, jp)
    const cookie = await createTestSession(jp.member.id)
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () =>
        postRaw(`/introductions/${id}`, 'intent=accept&choice=later&timeZone=Asia%2FTokyo', cookie).then(
          (r) => r.status,
        ),
      ),
    )
    expect(statuses.filter((status) => status === 302)).toHaveLength(1)
    expect(statuses.filter((status) => status !== 302 && status !== 409)).toEqual([])
    expect(
      await prisma.notification.count({
        where: { kind: 'introduction.accepted', link: `/introductions/${id}` },
      }),
    ).toBe(1)
  })

  test('brokering a lead with unknown ids or an unknown market is refused and writes nothing', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const cookie = await createTestSession(staff.id)
    const eu = await createTestOrganisation({ country: 'DE', markets: ['asean'] })
    const jp = await createTestOrganisation({ country: 'JP', markets: ['asean'] })
    const broker = (market: string, euId: string, jpId: string) =>
      postRaw(
        '/leads',
        new URLSearchParams({ market, euId, jpId, note: 'Call both next week.' }).toString(),
        cookie,
      )
    expect((await broker('asean', 'no-such-id', jp.organisation.id)).status).toBe(404)
    expect((await broker('asean', eu.organisation.id, 'no-such-id')).status).toBe(404)
    expect((await broker('not-a-market', eu.organisation.id, jp.organisation.id)).status).toBe(404)
    expect(await prisma.leadBrokering.count({ where: { euId: eu.organisation.id } })).toBe(0)
    expect((await broker('asean', eu.organisation.id, jp.organisation.id)).status).toBe(302)
    expect(await prisma.leadBrokering.count({ where: { euId: eu.organisation.id } })).toBe(1)
  })

  test('a suspended organisation can no longer write in its accepted introductions', async () => {
    const eu = await createTestOrganisation({ country: 'DE' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const id = await createTestIntroduction(eu, jp)
    await prisma.introductionRequest.update({ where: { id }, data: { status: 'accepted' } })
    await prisma.organisation.update({
      where: { id: eu.organisation.id },
      data: { suspendedAt: new Date(), suspensionReason: 'Test' },
    })
    const cookie = await createTestSession(eu.member.id)
    const message = await postRaw(
      `/introductions/${id}`,
      new URLSearchParams({ intent: 'message', body: 'Still here, shall we meet next week?' }).toString(),
      cookie,
    )
    expect(message.status).toBe(403)
    const propose = await postRaw(
      `/introductions/${id}`,
      new URLSearchParams({
        intent: 'propose',
        timeZone: 'Europe/Berlin',
        'slots[0].date': '2030-05-01',
        'slots[0].time': '10:00',
        'slots[0].durationMinutes': '60',
        'slots[0].mode': 'online',
      }).toString(),
      cookie,
    )
    expect(propose.status).toBe(403)
    expect(await prisma.introductionMessage.count({ where: { introductionId: id } })).toBe(0)
    expect(await prisma.meetingSlot.count({ where: { introductionId: id } })).toBe(0)
  })
})

describe('exports and redirects', () => {
  test('a name that looks like a spreadsheet formula stays text in the CSV export', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const cookie = await createTestSession(staff.id)
    const slug = `formula-${Date.now()}`
    await importOrganisations({
      organisations: [
        {
          slug,
          name: '=HYPERLINK("http://evil.example","x")',
          country: 'DE',
          description: 'A name chosen to test that exports escape spreadsheet formulas properly.',
          roles: ['recycling'],
          materials: [],
          technologies: [],
          offers: [],
          seeks: [],
          markets: [],
          status: 'approved',
        },
      ],
    })
    const csv = await (await get('/directory/export.csv', cookie)).text()
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m)
  })

  test('log-in and the language switch never send the browser to another site', async () => {
    const account = await createTestAccount()
    for (const target of [
      '/\t/evil.example',
      '/\n/evil.example',
      '/\\evil.example',
      '//evil.example',
      '/%09/evil.example',
    ]) {
      const login = await postRaw(
        '/login',
        new URLSearchParams({
          email: account.email,
          password: account.password,
          redirectTo: target,
        }).toString(),
      )
      const location = login.headers.get('location') ?? ''
      expect(new URL(location, baseUrl()).origin, target).toBe(new URL(baseUrl()).origin)
      const language = await postRaw(
        '/language',
        new URLSearchParams({ locale: 'ja', returnTo: target }).toString(),
      )
      expect(new URL(language.headers.get('location') ?? '', baseUrl()).origin, target).toBe(
        new URL(baseUrl()).origin,
      )
    }
  })
})

describe('three-way introduction requests from a lead', () => {
  async function aLead() {
    const shared = { materials: ['cobalt', 'nickel'], technologies: ['li-ion-battery'], markets: ['asean'] }
    const eu = await createTestOrganisation({ country: 'DE', roles: ['dismantling'], ...shared })
    const jp = await createTestOrganisation({ country: 'JP', roles: ['recycling'], ...shared })
    const fields = { market: 'asean', euId: eu.organisation.id, jpId: jp.organisation.id }
    const path = `/leads/request?${new URLSearchParams({ market: 'asean', eu: fields.euId, jp: fields.jpId })}`
    const body = (extra: Record<string, string> = {}) =>
      new URLSearchParams({
        ...fields,
        message: 'Dismantled packs for your recycling line.',
        ...extra,
      }).toString()
    const count = () =>
      prisma.leadIntroductionRequest.count({ where: { euId: fields.euId, jpId: fields.jpId } })
    return { eu, jp, path, body, count }
  }

  test('a huge index, a NUL byte or another organisation answer a small 4xx and store nothing; the form cannot name another lead', async () => {
    const { eu, path, body, count } = await aLead()
    const cookie = await createTestSession(eu.member.id)
    const huge = await sendWithHealthCheck(() => postRaw(path, `${body()}&x[10000000]=1`, cookie))
    expect(huge).toMatchObject({ status: 400, health: 200 })
    expect(huge.size).toBeLessThan(smallAnswer)
    expect((await postRaw(path, body({ message: 'Dismantled packs\u0000 for you.' }), cookie)).status).toBe(
      400,
    )
    expect((await get(`${path}%00`, cookie)).status).toBe(400)

    const outsider = await createTestOrganisation({ country: 'FR', markets: ['asean'] })
    const outsiderCookie = await createTestSession(outsider.member.id)
    expect((await postRaw(path, body(), outsiderCookie)).status).toBe(403)
    expect(await count()).toBe(0)
    // The lead is the address's: another pair named in the form is not read.
    const stranger = await createTestOrganisation({ country: 'JP', roles: ['recycling'], markets: ['asean'] })
    expect((await postRaw(path, body({ jpId: stranger.organisation.id }), cookie)).status).toBe(302)
    expect(await prisma.leadIntroductionRequest.count({ where: { jpId: stranger.organisation.id } })).toBe(0)
    expect(await count()).toBe(1)
  })

  test('the same request five times at once is one request; handling it twice at once is one handling', async () => {
    const { eu, path, body, count } = await aLead()
    const cookie = await createTestSession(eu.member.id)
    const sent = await Promise.all(Array.from({ length: 5 }, () => postRaw(path, body(), cookie)))
    expect(sent.map((response) => response.status)).toEqual([302, 302, 302, 302, 302])
    expect(await count()).toBe(1)

    const { id } = await prisma.leadIntroductionRequest.findFirstOrThrow({
      where: { euId: eu.organisation.id },
    })
    const staff = await createTestAccount({ role: 'staff' })
    const staffCookie = await createTestSession(staff.id)
    const handle = new URLSearchParams({ intent: 'lead-request-handled', requestId: id }).toString()
    const handled = await Promise.all([
      postRaw('/staff/introductions', handle, staffCookie),
      postRaw('/staff/introductions', handle, staffCookie),
    ])
    expect(handled.map((response) => response.status).sort()).toEqual([302, 404])
    expect(await prisma.auditEntry.count({ where: { action: 'lead.request_handled', targetId: id } })).toBe(1)
    const hugeHandle = await postRaw('/staff/introductions', `${handle}&x[10000000]=1`, staffCookie)
    expect(hugeHandle.status).toBe(400)
  })
})

describe('email preferences and unsubscribe links', () => {
  const choices = (extra = '') => `locale=en&timeZone=Europe%2FBrussels&emails.introductions=weekly${extra}`

  test('a huge index, a NUL byte or an unknown choice is a 400 and saves nothing', async () => {
    const person = await createTestAccount()
    const cookie = await createTestSession(person.id)
    for (const body of [
      choices('&x[10000000]=1'),
      choices('&emails.events=week%00ly'),
      choices('&emails.events=daily'),
    ]) {
      const answer = await sendWithHealthCheck(() => postRaw('/account/preferences', body, cookie))
      expect(answer.status).toBe(400)
      expect(answer.health).toBe(200)
    }
    expect(await prisma.emailPreference.count({ where: { userId: person.id } })).toBe(0)
  })

  test('one person’s link cannot stop another’s emails; the same one-click POST twice at once is one change', async () => {
    const [person, other] = await Promise.all([createTestAccount(), createTestAccount()])
    const { emailToken } = await prisma.user.findUniqueOrThrow({ where: { id: person.id } })
    const path = `/email/unsubscribe/${emailToken}?topic=events`
    // The token decides whose emails stop: a cookie or form naming someone else changes nothing for them.
    const otherCookie = await createTestSession(other.id)
    const sent = await Promise.all([
      postRaw(path, `List-Unsubscribe=One-Click&userId=${other.id}`, otherCookie),
      postRaw(path, 'List-Unsubscribe=One-Click'),
    ])
    expect(sent.map((response) => response.status)).toEqual([200, 200])
    expect(await prisma.emailPreference.findMany({ where: { userId: person.id } })).toMatchObject([
      { topic: 'events', frequency: 'never' },
    ])
    expect(await prisma.emailPreference.count({ where: { userId: other.id } })).toBe(0)
    const huge = await postRaw(path, 'x[10000000]=1')
    expect(huge.status).toBe(400)
    expect((await postRaw(`/email/unsubscribe/${emailToken}%00?topic=events`, '')).status).toBe(400)
  })
})
