import type { Prisma } from '~/generated/prisma/client'
import { matchingAmong } from '~/modules/directory/directory.server'
import { explainFit, suggestPartners } from '~/modules/matching/suggestions.server'
import { notifyOrganisationMembers, notifyUsers } from '~/modules/notifications/notifications.server'
import { listedSql } from '~/modules/profiles/listed.server'
import { prisma } from '~/utils/db.server'
import { canonicalSearch, savedSearchLinks } from './saved-searches.server'

const cursorName = 'newly-listed'
// An approval is committed a moment after its time is taken: looking back a little catches those that
// committed after the last run had read. Each organisation is announced once anyway.
const lookBackMs = 5 * 60_000
/** At most this many newly listed organisations per run; the rest wait for the next. */
const perRun = 200

type NewlyListed = { id: string; slug: string; name: string; approvedAt: Date }

/**
 * Tells people about organisations listed since the last run: each saved search's owner (with alerts on)
 * about those its words and filters find, approved after the search was saved; and the members of each
 * organisation for which a newly listed one is a strong partner fit both ways. Each organisation is
 * announced once per search and per organisation (the match tables' keys), and the cursor row is locked
 * for the run, so two app servers running it at once announce nothing twice. Returns what was announced.
 */
export async function sendAlerts(now = new Date()) {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "AlertCursor" ("name", "checkedAt") VALUES (${cursorName}, ${now}) ON CONFLICT DO NOTHING`
      const [cursor] = await tx.$queryRaw<{ checkedAt: Date }[]>`
        SELECT "checkedAt" FROM "AlertCursor" WHERE "name" = ${cursorName} FOR UPDATE`
      const since = new Date(cursor!.checkedAt.getTime() - lookBackMs)
      const listed = await tx.$queryRaw<NewlyListed[]>`
        SELECT o."id", o."slug", o."name", o."approvedAt" FROM "Organisation" o
         WHERE ${listedSql('o')} AND o."approvedAt" > ${since} AND o."approvedAt" <= ${now}
         ORDER BY o."approvedAt" ASC LIMIT ${perRun}`
      const searches = listed.length ? await announceSearchMatches(tx, listed) : 0
      const suggestions = listed.length ? await announceStrongSuggestions(tx, listed) : 0
      const reached = listed.length === perRun ? listed[listed.length - 1]!.approvedAt : now
      await tx.alertCursor.update({ where: { name: cursorName }, data: { checkedAt: reached } })
      return { listed: listed.length, searches, suggestions }
    },
    { timeout: 120_000 },
  )
}

async function announceSearchMatches(tx: Prisma.TransactionClient, listed: NewlyListed[]) {
  const searches = await tx.savedSearch.findMany({
    where: { alerts: true, user: { disabledAt: null } },
    select: {
      id: true,
      userId: true,
      name: true,
      query: true,
      createdAt: true,
      user: { select: { membership: { select: { organisationId: true } } } },
    },
  })
  const byId = new Map(listed.map((organisation) => [organisation.id, organisation]))
  let announced = 0
  for (const search of searches) {
    const own = search.user.membership?.organisationId
    const candidates = listed
      .filter((organisation) => organisation.approvedAt > search.createdAt && organisation.id !== own)
      .map((organisation) => organisation.id)
    const found = await matchingAmong(canonicalSearch(search.query).query, candidates)
    if (!found.length) continue
    const fresh = await tx.$queryRaw<{ organisationId: string }[]>`
      INSERT INTO "SavedSearchMatch" ("savedSearchId", "organisationId")
      SELECT ${search.id}, unnest(${found}::text[])
      ON CONFLICT DO NOTHING RETURNING "organisationId"`
    if (!fresh.length) continue
    const first = byId.get(fresh[0]!.organisationId)!
    await notifyUsers(tx, [search.userId], {
      kind: 'search.matches',
      params: { search: search.name, first: first.name, count: fresh.length },
      link: savedSearchLinks(search.query).newestHref,
    })
    announced++
  }
  return announced
}

async function announceStrongSuggestions(tx: Prisma.TransactionClient, listed: NewlyListed[]) {
  let announced = 0
  for (const newcomer of listed) {
    const found = await suggestPartners(newcomer.slug, 20)
    for (const partner of found?.suggestions ?? []) {
      if (partner.band !== 'strong') continue
      // Strong from the other side too: the alert goes to the partner's members, about what they would see.
      const theirView = await explainFit(partner.slug, newcomer.slug)
      if (theirView?.band !== 'strong') continue
      const inserted = await tx.$executeRaw`
        INSERT INTO "SuggestionAlert" ("organisationId", "partnerId") VALUES (${partner.id}, ${newcomer.id})
        ON CONFLICT DO NOTHING`
      if (!inserted) continue
      await notifyOrganisationMembers(tx, partner.id, {
        kind: 'suggestion.strong',
        params: { partner: newcomer.name },
        link: `/organisations/${newcomer.slug}`,
      })
      announced++
    }
  }
  return announced
}
