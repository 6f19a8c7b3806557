import { Prisma } from '~/generated/prisma/client'
import { readPrisma } from '~/utils/db.server'

// "OrganisationSearch" holds each organisation's names, descriptions and city folded (unaccent and
// lower case, by public.directory_fold), their English stems and the directory's sort keys; the
// migration forgiving_directory_search creates it, indexes it and keeps it in step. Words searched
// are folded by the same function.

const maxWords = 8
// Shorter words are too short for a typo to be told from another word.
const minFuzzyLength = 4
const latinWord = /^[\p{Script=Latin}\d'’-]+$/u

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

/** The words of a search, each at most once, as typed (lower case). */
function searchWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, maxWords)
}

const contains = (column: Prisma.Sql, word: string) =>
  Prisma.sql`${column} LIKE ('%' || public.directory_fold(${escapeLike(word)}) || '%')`

/**
 * As typed: names, descriptions or city contain the word once accents are set aside (gdansk: Gdańsk),
 * or a word of the same stem (magnets: magnet, batteries: battery). Japanese matches as a substring.
 */
const exactly = (word: string) =>
  Prisma.sql`(${contains(Prisma.sql`s."searchFolded"`, word)}
    OR s."searchWords" @@ plainto_tsquery('pg_catalog.english', public.directory_fold(${word})))`

// A name like the word despite a letter wrong, missing or added (pg_trgm's word similarity at least
// 0.5, set on the database by the migration).
const nameAlike = (word: string) => Prisma.sql`public.directory_fold(${word}) <% s."nameFolded"`

const mayBeMistyped = (word: string) => word.length >= minFuzzyLength && latinWord.test(word)

const wordMatches = (word: string, alike: boolean) =>
  alike ? Prisma.sql`(${nameAlike(word)})` : exactly(word)

/** How many of the words the name itself has as typed (a word matched as alike counts: it is in the name). */
const nameHits = (words: string[], alikeWords: string[]) =>
  Prisma.join(
    words.map((word) =>
      alikeWords.includes(word)
        ? Prisma.sql`1`
        : Prisma.sql`(strpos(s."nameFolded", public.directory_fold(${word})) > 0)::int`,
    ),
    ' + ',
  )

/**
 * The organisations all words match, each with how many of the words its name has (unordered: the
 * facet index orders them, which costs far less than sorting thousands of rows in SQL). Both come as one
 * string each (ids hold no spaces): for ten thousand matches, parsing two arrays in the driver took as
 * long as the query. The two are filled from the same rows, so they line up.
 */
async function matchesOf(words: string[], alikeWords: string[]) {
  const [row] = await readPrisma().$queryRaw<{ ids: string | null; nameHits: string | null }[]>`
    SELECT string_agg(s."organisationId", ' ') AS "ids",
           string_agg((${nameHits(words, alikeWords)})::text, '') AS "nameHits"
      FROM "OrganisationSearch" s
     WHERE ${Prisma.join(
       words.map((word) => wordMatches(word, alikeWords.includes(word))),
       ' AND ',
     )}`
  if (!row?.ids || !row.nameHits) return { ids: [], nameHits: [] }
  // One digit per organisation: a search has at most `maxWords` (8) words.
  return { ids: row.ids.split(' '), nameHits: Array.from(row.nameHits, Number) }
}

/**
 * Which of `words` some organisation has as typed. Each word's matches are materialised, so that each
 * is looked up through its indexes (an EXISTS alone would read the whole table for a word in none).
 */
async function foundAsTyped(words: string[]) {
  const perWord = words.map(
    (word, index) =>
      Prisma.sql`${Prisma.raw(`"m${index}"`)} AS MATERIALIZED (SELECT 1 FROM "OrganisationSearch" s WHERE ${exactly(word)})`,
  )
  const [row] = await readPrisma().$queryRaw<{ found: boolean[] }[]>`
    WITH ${Prisma.join(perWord)}
    SELECT ARRAY[${Prisma.join(words.map((_, index) => Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"m${index}"`)})`))}] AS "found"`
  return words.filter((_, index) => row?.found[index])
}

export type TextMatches = {
  /** Every organisation (listed or not) whose text matches every word, in no order. */
  ids: string[]
  /** For each of `ids`, how many of the words its name has: those with more are listed first. */
  nameHits: number[]
  /** Words found nowhere as typed, matched instead against names like them. */
  alikeWords: string[]
}

/**
 * The organisations whose text matches every word of `q` (null when it has none). When the words as
 * typed find nothing, a word found nowhere is taken for a typo and matched against names like it; a
 * word found as typed is never widened, so correct words give only what they say.
 */
export async function textMatches(q: string): Promise<TextMatches | null> {
  const words = searchWords(q)
  if (!words.length) return null
  const asTyped = await matchesOf(words, [])
  const candidates = words.filter(mayBeMistyped)
  if (asTyped.ids.length || !candidates.length) return { ...asTyped, alikeWords: [] }
  const found = await foundAsTyped(candidates)
  const alikeWords = candidates.filter((word) => !found.includes(word))
  if (!alikeWords.length) return { ...asTyped, alikeWords }
  return { ...(await matchesOf(words, alikeWords)), alikeWords }
}
