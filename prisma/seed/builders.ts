/**
 * Builders for realistic records, shared by the demo seed and the tests so that both exercise the
 * same creation paths as the app itself.
 */
import { randomBytes } from 'node:crypto'
import { createAccount, type NewAccount } from '~/modules/auth/accounts.server'
import { lucia } from '~/modules/auth/lucia.server'
import { eventInputSchema } from '~/modules/events/event-fields'
import { createEvent, publishEvent } from '~/modules/events/events.server'
import { introductionRequestSchema } from '~/modules/introductions/introduction-fields'
import { sendIntroductionRequest } from '~/modules/introductions/introductions.server'
import { importOrganisations } from '~/modules/profiles/import.server'
import { prisma } from '~/utils/db.server'
import { demoTotpSecret } from './demo-data'

const uniqueSuffix = () => randomBytes(4).toString('hex')

export function anAccount(
  overrides: Partial<NewAccount> = {},
): Required<Omit<NewAccount, 'totpSecret' | 'emailVerified' | 'locale'>> {
  const suffix = uniqueSuffix()
  return {
    email: `user-${suffix}@example.com`,
    password: `correct horse ${suffix}`,
    displayName: `Test User ${suffix}`,
    role: 'member',
    ...overrides,
  }
}

/**
 * Creates an account and returns it with its clear-text password, for logging in. Staff and admins
 * get two-factor authentication with the demo key, as staff pages require it.
 */
export async function createTestAccount(overrides: Partial<NewAccount> = {}) {
  const account = anAccount(overrides)
  const staffLike = account.role === 'staff' || account.role === 'admin'
  const user = await createAccount({ ...account, ...(staffLike ? { totpSecret: demoTotpSecret } : {}) })
  return { ...user, password: account.password }
}

/**
 * A signed-in session for a test account, as after its password and (where it has one) its second
 * factor: the `Cookie` header value. Tests of the log-in paths themselves go through the pages instead.
 */
export async function createTestSession(userId: string, userAgent = 'test') {
  const session = await lucia.createSession(userId, {
    userAgent,
    ipAddress: null,
    createdAt: new Date(),
    lastSeenAt: new Date(),
    secondFactorPending: false,
  })
  return lucia.createSessionCookie(session.id).serialize().split(';')[0]!
}

/** A valid import row (the format of `npm run cli -- import`), with a unique slug. */
export function anOrganisationRow(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix()
  return {
    slug: `test-org-${suffix}`,
    name: `Test Organisation ${suffix}`,
    country: 'DE',
    description:
      'We recover cobalt, nickel and lithium from end-of-life batteries with a low-energy hydrometallurgical process.',
    roles: ['recycling'],
    materials: ['cobalt', 'nickel', 'lithium'],
    technologies: ['li-ion-battery'],
    offers: ['recycling-services'],
    seeks: ['technology-licensing'],
    markets: [],
    status: 'approved',
    ...overrides,
  }
}

/**
 * An organisation made through the import (approved unless told otherwise) with one member who owns
 * it, for tests that act as that member.
 */
export async function createTestOrganisation(overrides: Record<string, unknown> = {}) {
  const row = anOrganisationRow(overrides)
  const result = await importOrganisations({ organisations: [row] })
  if (!result.ok) throw new Error(`Invalid test organisation: ${JSON.stringify(result.problems)}`)
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
  const member = await createTestAccount()
  await prisma.organisationMember.create({
    data: { organisationId: organisation.id, userId: member.id, role: 'owner' },
  })
  return { organisation, member }
}

type TestParty = { organisation: { id: string }; member: { id: string } }

/** An introduction request from one test organisation to another, sent the way the app sends it. */
export async function createTestIntroduction(
  from: TestParty,
  to: { organisation: { id: string } },
  fields: Record<string, unknown> = {},
) {
  return sendIntroductionRequest({
    senderId: from.member.id,
    fromOrganisationId: from.organisation.id,
    toOrganisationId: to.organisation.id,
    request: introductionRequestSchema.parse({
      purpose: 'joint-rd',
      message: 'We would like to explore a joint project on recovering strategic metals.',
      timeZone: 'Europe/Brussels',
      ...fields,
    }),
  })
}

/** Staff form values for an event (strings, as the form sends them), starting `daysAhead` days from now. */
export function anEventForm(overrides: Record<string, unknown> = {}, daysAhead = 21) {
  const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10)
  return {
    title: `Circular metals event ${uniqueSuffix()}`,
    description: 'A meeting of European and Japanese companies on recovering strategic metals.',
    kind: 'webinar',
    format: 'online',
    timeZone: 'Europe/Brussels',
    startDate: day,
    startTime: '09:30',
    endDate: day,
    endTime: '11:30',
    meetingUrl: 'https://zoom.example/j/123456',
    agenda: '09:30 | Opening | 開会 | EU-Japan Centre\n09:45 | Battery recycling in Japan',
    contacts: 'Event team <events@eu-japan.example>',
    ...overrides,
  }
}

/** An event made and (unless told otherwise) published the way staff do it, by a staff account. */
export async function createTestEvent(
  overrides: Record<string, unknown> = {},
  { daysAhead = 21, publish = true } = {},
) {
  const staff = await createTestAccount({ role: 'staff' })
  const input = eventInputSchema.parse(anEventForm(overrides, daysAhead))
  const { id } = await createEvent(staff.id, input)
  if (publish) await publishEvent(staff.id, id)
  return { event: await prisma.event.findUniqueOrThrow({ where: { id } }), staff }
}
