import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { anOrganisationRow } from '../../../prisma/seed/builders'
import { profileTableColumns } from '~/modules/profiles/import-format'
import { importOrganisations } from '~/modules/profiles/import.server'
import { prisma } from '~/utils/db.server'
import { parseDirectoryQuery } from './directory-query'
import { exportDirectory, searchDirectory } from './directory.server'

// A word only this file's organisations contain, so that other tests' data does not interfere.
const token = `zq${randomBytes(4).toString('hex')}`
const query = ({ q = token, ...params }: Record<string, string | string[]>) => {
  const search = new URLSearchParams({ q: String(q) })
  for (const [key, value] of Object.entries(params))
    for (const item of [value].flat()) search.append(key, item)
  return parseDirectoryQuery(search)
}

beforeAll(async () => {
  const description = (text: string) => `${text} ${token} — circular economy partner for strategic metals.`
  const result = await importOrganisations({
    organisations: [
      anOrganisationRow({
        name: `Alpha Recycling ${token}`,
        country: 'DE',
        roles: ['recycling'],
        materials: ['cobalt'],
        description: description('Battery recycling in Bavaria, near Fürth.'),
      }),
      anOrganisationRow({
        name: `Beta Magnets ${token}`,
        country: 'FR',
        roles: ['components'],
        materials: ['neodymium'],
        technologies: ['permanent-magnet'],
        city: 'Besançon',
        description: description('Magnet maker near Lyon.'),
      }),
      anOrganisationRow({
        name: `Gamma Refining ${token}`,
        nameJa: 'ガンマ精錬',
        country: 'JP',
        roles: ['refining'],
        materials: ['cobalt', 'nickel'],
        description: description('Nickel refinery.'),
        descriptionJa: `ニッケルとコバルトの精錬 ${token}`,
      }),
      anOrganisationRow({
        name: `Delta Nickel ${token}`,
        country: 'ID',
        roles: ['extraction', 'refining'],
        materials: ['nickel'],
        markets: ['asean'],
        description: description('Laterite mining and refining.'),
      }),
      anOrganisationRow({
        name: `Hidden Draft ${token}`,
        country: 'DE',
        status: 'draft',
        description: description('Not yet approved.'),
      }),
    ],
  })
  expect(result.ok).toBe(true)
})

describe('directory search', () => {
  test('lists only approved organisations, sorted by name', async () => {
    const { entries, total } = await searchDirectory(query({}))
    expect(total).toBe(4)
    expect(entries.map((entry) => entry.name.split(' ')[0])).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma'])
  })

  test('the staff export holds every profile field of each listed match, in the directory order', async () => {
    const { columns, rows } = await exportDirectory(query({}))
    expect(columns).toEqual([...profileTableColumns, 'region', 'approvedAt'])
    const records = rows.map((cells) => Object.fromEntries(columns.map((column, i) => [column, cells[i]])))
    expect(records.map((record) => String(record.name).split(' ')[0])).toEqual([
      'Alpha',
      'Beta',
      'Delta',
      'Gamma',
    ])
    expect(records[1]).toMatchObject({
      country: 'FR',
      city: 'Besançon',
      roles: 'components',
      materials: 'neodymium',
      technologies: 'permanent-magnet',
      status: 'approved',
      region: 'eu',
    })
    expect(records[2]).toMatchObject({ roles: 'extraction;refining', markets: 'asean', region: 'third' })
    expect(records[3]).toMatchObject({ nameJa: 'ガンマ精錬', materials: 'cobalt;nickel', region: 'jp' })
    expect(records.every((record) => !Number.isNaN(Date.parse(String(record.approvedAt))))).toBe(true)
  })

  test('full-text search finds English and Japanese text', async () => {
    expect((await searchDirectory(query({ q: `${token} bavaria` }))).entries.map((e) => e.name)).toEqual([
      `Alpha Recycling ${token}`,
    ])
    const japanese = await searchDirectory(
      parseDirectoryQuery(new URLSearchParams({ q: 'ニッケルとコバルト' })),
    )
    expect(japanese.entries.map((e) => e.name)).toContain(`Gamma Refining ${token}`)
    expect(
      (await searchDirectory(parseDirectoryQuery(new URLSearchParams({ q: 'ガンマ精錬' })))).total,
    ).toBeGreaterThan(0)
  })

  test('search forgives accents, plurals and small typos in names, and lists name matches first', async () => {
    const names = async (q: string) => (await searchDirectory(query({ q }))).entries.map((e) => e.name)
    // Accents set aside, both ways.
    expect(await names(`${token} furth`)).toEqual([`Alpha Recycling ${token}`])
    expect(await names(`${token} besancon`)).toEqual([`Beta Magnets ${token}`])
    expect(await names(`${token} BESANÇON`)).toEqual([`Beta Magnets ${token}`])
    // Another form of the same word.
    expect(await names(`${token} batteries`)).toEqual([`Alpha Recycling ${token}`])
    expect(await names(`${token} refineries`)).toEqual([`Gamma Refining ${token}`])
    // A letter missing or wrong in a name.
    expect(await names(`${token} recyclng`)).toEqual([`Alpha Recycling ${token}`])
    expect(await names(`${token} magnts`)).toEqual([`Beta Magnets ${token}`])
    // The page can say so; a word found as written is never widened.
    expect((await searchDirectory(query({ q: `${token} recyclng` }))).alikeWords).toEqual(['recyclng'])
    expect((await searchDirectory(query({ q: `${token} recycling` }))).alikeWords).toEqual([])
    // Too far from any name, word or substring: nothing.
    expect(await names(`${token} xylophone`)).toEqual([])
    // Delta comes first by name, but Gamma has the word in its name.
    expect(await names(`${token} refining`)).toEqual([`Gamma Refining ${token}`, `Delta Nickel ${token}`])
    // Characters that mean something to LIKE or to text search are only text.
    expect(await names(`${token} 100%`)).toEqual([])
    expect(await names(`${token} a_b & | ! ( ) :*`)).toEqual([])
  })

  test('several values within one filter are alternatives, and its counts are as if it were unset', async () => {
    const euOrJapan = await searchDirectory(query({ region: ['eu', 'jp'] }))
    expect(euOrJapan.total).toBe(3)
    expect(euOrJapan.facets.region).toEqual({ eu: 2, jp: 1, third: 1 })
    // Another filter's counts describe the results.
    expect(euOrJapan.facets.material).toEqual({ cobalt: 2, neodymium: 1, nickel: 1 })
  })

  test('filters combine: any of the values within a filter, all filters together', async () => {
    const cobaltOrNickel = await searchDirectory(query({ material: ['cobalt', 'nickel'] }))
    expect(cobaltOrNickel.total).toBe(3)
    const refiningInJapan = await searchDirectory(
      query({ material: ['cobalt', 'nickel'], role: 'refining', region: 'jp' }),
    )
    expect(refiningInJapan.entries.map((e) => e.name)).toEqual([`Gamma Refining ${token}`])
    const asean = await searchDirectory(query({ market: 'asean', country: 'id' }))
    expect(asean.entries.map((e) => e.name)).toEqual([`Delta Nickel ${token}`])
  })

  test('facet counts describe the current results', async () => {
    const { facets } = await searchDirectory(query({ material: 'nickel' }))
    expect(facets.role).toEqual({ refining: 2, extraction: 1 })
    expect(facets.region).toEqual({ jp: 1, third: 1 })
    expect(facets.country).toEqual({ JP: 1, ID: 1 })
  })

  test('pages hold 20 and unknown parameters are ignored', async () => {
    const params = new URLSearchParams({ q: token, page: '99', sort: 'sideways', region: 'mars' })
    const parsed = parseDirectoryQuery(params)
    expect(parsed).toMatchObject({ sort: 'name', page: 99, filters: { region: [] } })
    const result = await searchDirectory(parsed)
    expect(result.entries).toEqual([])
    expect(result.total).toBe(4)
  })

  test('matches follow the chosen order, and a renamed or newly approved organisation takes its new place', async () => {
    const firstWords = async (params: Record<string, string> = {}) =>
      (await searchDirectory(query(params))).entries.map((entry) => entry.name.split(' ')[0])
    const approve = (word: string, approvedAt: string) =>
      prisma.organisation.updateMany({
        where: { name: { startsWith: `${word} `, endsWith: token } },
        data: { approvedAt: new Date(approvedAt) },
      })
    expect(await firstWords()).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma'])
    await approve('Alpha', '2026-01-01T00:00:00Z')
    await approve('Beta', '2026-03-01T00:00:00Z')
    await approve('Gamma', '2026-02-01T00:00:00Z')
    await approve('Delta', '2026-04-01T00:00:00Z')
    expect(await firstWords({ sort: 'newest' })).toEqual(['Delta', 'Beta', 'Gamma', 'Alpha'])
    await approve('Alpha', '2026-05-01T00:00:00Z')
    expect(await firstWords({ sort: 'newest' })).toEqual(['Alpha', 'Delta', 'Beta', 'Gamma'])

    const alpha = await prisma.organisation.findFirstOrThrow({ where: { name: `Alpha Recycling ${token}` } })
    await prisma.organisation.update({ where: { id: alpha.id }, data: { name: `Omega Recycling ${token}` } })
    try {
      expect(await firstWords()).toEqual(['Beta', 'Delta', 'Gamma', 'Omega'])
    } finally {
      await prisma.organisation.update({ where: { id: alpha.id }, data: { name: alpha.name } })
    }
    expect(await firstWords()).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma'])
  })

  test('totals and counts follow approvals, edits and suspensions made after they were first counted', async () => {
    const slug = `late-${token}`
    const imported = await importOrganisations({
      organisations: [
        anOrganisationRow({
          slug,
          name: `Epsilon Late ${token}`,
          country: 'SE',
          roles: ['collection'],
          materials: ['gallium'],
          status: 'draft',
          description: `Collection of electronics in Sweden ${token}, circular economy partner.`,
        }),
      ],
    })
    expect(imported.ok).toBe(true)
    const counted = async () => {
      const { total, facets } = await searchDirectory(query({}))
      return { total, collection: facets.role.collection ?? 0, gallium: facets.material.gallium ?? 0 }
    }
    expect(await counted()).toEqual({ total: 4, collection: 0, gallium: 0 })

    await prisma.organisation.update({ where: { slug }, data: { status: 'approved' } })
    expect(await counted()).toEqual({ total: 5, collection: 1, gallium: 1 })

    await prisma.organisation.update({ where: { slug }, data: { materials: ['indium'] } })
    expect(await counted()).toEqual({ total: 5, collection: 1, gallium: 0 })

    await prisma.organisation.update({
      where: { slug },
      data: { suspendedAt: new Date(), suspensionReason: 'test' },
    })
    expect(await counted()).toEqual({ total: 4, collection: 0, gallium: 0 })
  })
})
