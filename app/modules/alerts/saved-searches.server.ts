import type { z } from 'zod'
import { Prisma } from '~/generated/prisma/client'
import { hasAnyFilter, parseDirectoryQuery, searchKey } from '~/modules/directory/directory-query'
import { errorMessage } from '~/modules/i18n/message-keys'
import { DomainError } from '~/utils/domain-error'
import { prisma } from '~/utils/db.server'
import { savedSearchLimit, type saveSearchSchema } from './saved-search-fields'

/** A directory address's words and filters, written one way (no page, no sort), so that equal searches are equal. */
export function canonicalSearch(search: string) {
  const query = parseDirectoryQuery(new URLSearchParams(search))
  return { query, search: searchKey(query) }
}

/** Where a saved search runs in the directory: as saved, and newest first (what alerts link to). */
export const savedSearchLinks = (search: string) => ({
  href: `/directory?${search}`,
  newestHref: `/directory?${search}&sort=newest`,
})

/**
 * Keeps a directory search for its person. A search with neither words nor filters finds everyone and is
 * refused, as are a second copy of one already kept and more than `savedSearchLimit`: the person's row is
 * locked while counting, so saves at the same moment cannot pass the limit together.
 */
export async function saveSearch(userId: string, form: z.output<typeof saveSearchSchema>) {
  const { query, search } = canonicalSearch(form.query)
  if (!hasAnyFilter(query)) throw new DomainError(errorMessage('savedSearchEmpty'), 400)
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`
      if (await tx.savedSearch.findUnique({ where: { userId_query: { userId, query: search } } }))
        throw new DomainError(errorMessage('savedSearchExists'), 409)
      if ((await tx.savedSearch.count({ where: { userId } })) >= savedSearchLimit)
        throw new DomainError(errorMessage('savedSearchLimit', { max: savedSearchLimit }), 409)
      return tx.savedSearch.create({ data: { userId, name: form.name, query: search }, select: { id: true } })
    })
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new DomainError(errorMessage('savedSearchExists'), 409)
    throw error
  }
}

/** A person's saved searches, newest first, with how many organisations each has announced. */
export async function listSavedSearches(userId: string) {
  const searches = await prisma.savedSearch.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      query: true,
      alerts: true,
      createdAt: true,
      _count: { select: { matches: true } },
    },
  })
  return searches.map(({ _count, ...search }) => ({
    ...search,
    ...savedSearchLinks(search.query),
    announced: _count.matches,
  }))
}

/** Turns a search's alerts on or off; someone else's search is not found. */
export async function setSearchAlerts(userId: string, searchId: string, alerts: boolean) {
  const { count } = await prisma.savedSearch.updateMany({ where: { id: searchId, userId }, data: { alerts } })
  if (!count) throw new DomainError(errorMessage('savedSearchNotFound'), 404)
}

export async function deleteSavedSearch(userId: string, searchId: string) {
  const { count } = await prisma.savedSearch.deleteMany({ where: { id: searchId, userId } })
  if (!count) throw new DomainError(errorMessage('savedSearchNotFound'), 404)
}
