import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { anOrganisationRow } from '../../../prisma/seed/builders'
import { importOrganisations } from '~/modules/profiles/import.server'
import { prisma } from '~/utils/db.server'
import { parseDirectoryQuery } from './directory-query'
import { searchDirectory } from './directory.server'

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
        description: description('Battery recycling in Bavaria.'),
      }),
      anOrganisationRow({
        name: `Beta Magnets ${token}`,
        country: 'FR',
        roles: ['components'],
        materials: ['neodymium'],
        technologies: ['permanent-magnet'],
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
        description: description('Laterite mining.'),
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
