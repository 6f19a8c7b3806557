import type { Prisma } from '~/generated/prisma/client'
import { errorMessage } from '~/modules/i18n/message-keys'
import type { Locale } from '~/modules/i18n/locales'
import { organisationsByIds } from '~/modules/matching/candidates.server'
import { loadMatchTaxonomy } from '~/modules/matching/match-taxonomy.server'
import { scorePair } from '~/modules/matching/score'
import { listedOrganisation } from '~/modules/profiles/listed.server'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import { assertMeetingsAt } from './meeting-plan.server'

/**
 * A participant in the meetings: a person with a confirmed place at the published brokerage event, whose
 * organisation is listed. The one definition; every meeting action checks it on its side of the table.
 */
const participantWhere = (eventId: string): Prisma.EventRegistrationWhereInput => ({
  eventId,
  status: 'approved',
  user: { disabledAt: null },
  organisation: listedOrganisation,
  event: { status: 'published', kind: 'brokerage' },
})

const participantSelect = {
  id: true,
  userId: true,
  answer: true,
  listed: true,
  user: { select: { displayName: true } },
  organisation: {
    select: { id: true, slug: true, name: true, nameJa: true, country: true, region: true },
  },
} as const satisfies Prisma.EventRegistrationSelect

export type Participant = Prisma.EventRegistrationGetPayload<{ select: typeof participantSelect }>

export async function participantOf(
  eventId: string,
  userId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<Participant> {
  const found = await db.eventRegistration.findFirst({
    where: { ...participantWhere(eventId), userId },
    select: participantSelect,
  })
  if (!found) throw new DomainError(errorMessage('notAParticipant'), 403)
  return found
}

/** The event by its slug, for a participant of its meetings; anyone else is refused. */
export async function meetingEventForParticipant(slug: string, userId: string) {
  const event = await prisma.event.findUnique({ where: { slug } })
  if (!event || event.status === 'draft') throw new DomainError(errorMessage('noSuchEvent'), 404)
  assertMeetingsAt(event)
  const me = await participantOf(event.id, userId)
  return { event, me }
}

/** Every participant of the event, in name order. */
export function participantsOf(eventId: string, db: Prisma.TransactionClient = prisma) {
  return db.eventRegistration.findMany({
    where: participantWhere(eventId),
    select: participantSelect,
    orderBy: [{ organisation: { name: 'asc' } }, { user: { displayName: 'asc' } }],
  })
}

export type ParticipantFilters = { region: 'eu' | 'jp' | 'third' | null; q: string }

export function parseParticipantFilters(params: URLSearchParams): ParticipantFilters {
  const region = params.get('region')
  return {
    region: region === 'eu' || region === 'jp' || region === 'third' ? region : null,
    q: (params.get('q') ?? '').trim().slice(0, 100),
  }
}

/**
 * The other participants as `me` sees them: people of other organisations who agreed to be listed,
 * best partner for `me`'s organisation first (the matching module's score, with its reasons), then by name.
 */
export async function rankedParticipants(
  eventId: string,
  me: Participant,
  filters: ParticipantFilters,
  locale: Locale,
) {
  const everyone = await participantsOf(eventId)
  const query = filters.q.toLowerCase()
  const others = everyone.filter(
    (p) =>
      p.organisation.id !== me.organisation.id &&
      p.listed &&
      (!filters.region || p.organisation.region === filters.region) &&
      (!query ||
        [p.user.displayName, p.organisation.name, p.organisation.nameJa ?? '', p.answer ?? ''].some((text) =>
          text.toLowerCase().includes(query),
        )),
  )
  const ids = [...new Set([me.organisation.id, ...others.map((p) => p.organisation.id)])]
  const [profiles, taxonomy] = await Promise.all([organisationsByIds(ids), loadMatchTaxonomy(locale)])
  const byId = new Map(profiles.map((profile) => [profile.id, profile]))
  const mine = byId.get(me.organisation.id)!
  const fits = new Map(
    profiles
      .filter((profile) => profile.id !== mine.id)
      .map((profile) => [profile.id, scorePair(mine, profile, taxonomy)]),
  )
  return others
    .map((participant) => ({ participant, fit: fits.get(participant.organisation.id)! }))
    .sort(
      (a, b) =>
        b.fit.score - a.fit.score ||
        a.participant.organisation.name.localeCompare(b.participant.organisation.name) ||
        a.participant.user.displayName.localeCompare(b.participant.user.displayName),
    )
}
