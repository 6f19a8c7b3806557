import { prisma } from '~/utils/db.server'

/** Remembers the partners the suggestions page just showed the person: later ones count as new. */
export async function recordSeenSuggestions(userId: string, partnerIds: string[]) {
  await prisma.seenSuggestions.upsert({
    where: { userId },
    create: { userId, partnerIds },
    update: { partnerIds, seenAt: new Date() },
  })
}

/**
 * The suggestions the person has not seen on the suggestions page yet (all of them before their first
 * visit), in the order given.
 */
export async function unseenSuggestions<T extends { id: string }>(userId: string, suggestions: T[]) {
  const seen = await prisma.seenSuggestions.findUnique({ where: { userId }, select: { partnerIds: true } })
  const known = new Set(seen?.partnerIds ?? [])
  return suggestions.filter((suggestion) => !known.has(suggestion.id))
}
