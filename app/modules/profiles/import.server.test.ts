import { inEnglish } from '../../../tests/support/in-english'
import { describe, expect, test } from 'vitest'
import { anOrganisationRow } from '../../../prisma/seed/builders'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { prisma } from '~/utils/db.server'
import { importOrganisations, validateImportFile } from './import.server'
import {
  parseProfileInput,
  profileTableColumns,
  rowToProfileInput,
  storedToImportRow,
  toImportRow,
  toTableCells,
} from './import-format'
import { toSnapshot } from './snapshot'

describe('import validator', () => {
  test('accepts a valid file and fills defaults', async () => {
    const row = anOrganisationRow({ status: undefined, country: 'jp' })
    const result = validateImportFile({ organisations: [row] }, await loadTaxonomy())
    expect(result).toMatchObject({
      ok: true,
      rows: [{ slug: row.slug, status: 'draft', fields: { country: 'JP' } }],
    })
  })

  test('reports every bad row with its index and field', async () => {
    const file = {
      organisations: [
        anOrganisationRow(),
        anOrganisationRow({ materials: ['lithium', 'kryptonite'] }),
        anOrganisationRow({ country: 'ZZ', description: undefined }),
        anOrganisationRow({ roles: [], colour: 'green' }),
        anOrganisationRow({ contact: { name: 'Aiko' } }),
        'not an object',
      ],
    }
    const result = validateImportFile(file, await loadTaxonomy())
    expect(result.ok).toBe(false)
    if (result.ok) return
    const where = result.problems.map(({ index, field }) => `${index}:${field}`)
    expect(where).toEqual(
      expect.arrayContaining([
        '1:materials',
        '2:country',
        '2:description',
        '3:colour',
        '4:contact.email',
        '5:(row)',
      ]),
    )
    expect(where.some((place) => place.startsWith('0:'))).toBe(false)
    expect(inEnglish(result.problems.find((problem) => problem.index === 1)?.message ?? '')).toBe(
      'Unknown code "kryptonite".',
    )
  })

  test('names each problem’s row from 1 and its organisation, and a field left out is missing, in words', async () => {
    const file = {
      organisations: [
        anOrganisationRow(),
        anOrganisationRow({ name: 'Kobe Catalyst Works', roles: undefined }),
        anOrganisationRow({ name: 'Lyon Magnets', contact: { email: 'a@example.fr' } }),
      ],
    }
    const result = validateImportFile(file, await loadTaxonomy())
    if (result.ok) throw new Error('The file should have been refused.')
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 2,
          name: 'Kobe Catalyst Works',
          field: 'roles',
          message: 'i18n:fieldMissing',
        }),
        expect.objectContaining({ row: 3, name: 'Lyon Magnets', field: 'contact.name' }),
      ]),
    )
    expect(inEnglish(result.problems.find((problem) => problem.row === 2)!.message)).toBe(
      'This field is missing.',
    )
  })

  test('refuses a file that is not { organisations: [...] } and duplicate slugs', async () => {
    const taxonomy = await loadTaxonomy()
    expect(validateImportFile([1, 2], taxonomy)).toMatchObject({ ok: false, problems: [{ index: null }] })
    const row = anOrganisationRow()
    expect(validateImportFile({ organisations: [row, row] }, taxonomy)).toMatchObject({
      ok: false,
      problems: [{ index: 1, field: 'slug' }],
    })
  })
})

describe('importing organisations', () => {
  test('is all or nothing: one bad row and nothing is imported', async () => {
    const good = anOrganisationRow()
    const bad = anOrganisationRow({ markets: ['atlantis'] })
    const result = await importOrganisations({ organisations: [good, bad] })
    expect(result).toMatchObject({ ok: false, problems: [{ index: 1, field: 'markets' }] })
    expect(await prisma.organisation.count({ where: { slug: { in: [good.slug, bad.slug] } } })).toBe(0)
  })

  test('importing the same file twice updates by slug instead of duplicating', async () => {
    const row = anOrganisationRow({ country: 'ID', city: 'Morowali', roles: ['refining'] })
    expect(await importOrganisations({ organisations: [row] })).toEqual({ ok: true, created: 1, updated: 0 })
    const changed = { ...row, city: 'Weda Bay' }
    expect(await importOrganisations({ organisations: [changed] })).toEqual({
      ok: true,
      created: 0,
      updated: 1,
    })
    const stored = await prisma.organisation.findMany({ where: { slug: row.slug } })
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ city: 'Weda Bay', region: 'third', status: 'approved', version: 2 })
  })
})

describe('exporting', () => {
  test('every field of a stored organisation survives its export and re-import', async () => {
    const row = anOrganisationRow({
      nameJa: '往復テスト株式会社',
      city: 'Kitakyushu',
      website: 'https://round-trip.example.jp',
      size: 'medium',
      yearFounded: 1987,
      descriptionJa: '使用済み磁石からレアアースを回収します。',
      languages: ['ja', 'en'],
      supplies: [{ stream: 'ndfeb-scrap', tonnesPerYear: 40, countries: ['JP'] }],
      takes: ['eol-ev-batteries'],
      contact: { name: 'Aiko Tanaka', email: 'aiko@round-trip.example.jp', phone: '+81 93 000 0000' },
      status: 'approved',
    })
    expect(await importOrganisations({ organisations: [row] })).toMatchObject({ ok: true, created: 1 })
    const stored = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
    const exported = storedToImportRow(stored)
    expect(Object.keys(exported).sort()).toEqual(
      Object.keys(row)
        .filter((key) => row[key as keyof typeof row] !== undefined)
        .sort(),
    )
    expect(await importOrganisations({ organisations: [exported] })).toMatchObject({ ok: true, updated: 1 })
    const again = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
    expect(toSnapshot(again)).toEqual(toSnapshot(stored))
    expect(again.version).toBe(stored.version + 1)
    const cells = toTableCells(exported)
    expect(cells).toHaveLength(profileTableColumns.length)
    const byColumn = Object.fromEntries(profileTableColumns.map((column, i) => [column, cells[i]]))
    expect(byColumn).toMatchObject({
      nameJa: '往復テスト株式会社',
      yearFounded: 1987,
      languages: 'ja;en',
      supplies: 'ndfeb-scrap',
      contactEmail: 'aiko@round-trip.example.jp',
      status: 'approved',
    })
  })
})

describe('material streams in import files', () => {
  test('supplies and takes import with quantity, grade and countries, and export the same way', async () => {
    const row = anOrganisationRow({
      offers: ['recycling-services'],
      seeks: [],
      supplies: [
        { stream: 'black-mass', tonnesPerYear: 2000, note: 'dry, NMC', countries: ['SE', 'fi'] },
        'nickel-cobalt-sulphate',
      ],
      takes: ['eol-ev-batteries'],
    })
    expect(await importOrganisations({ organisations: [row] })).toMatchObject({ ok: true })
    const saved = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
    expect(saved.suppliesStreams).toEqual(['black-mass', 'nickel-cobalt-sulphate'])
    expect(saved.takesStreams).toEqual(['eol-ev-batteries'])
    expect(saved.streams).toEqual([
      {
        direction: 'supplies',
        stream: 'black-mass',
        tonnesPerYear: 2000,
        note: 'dry, NMC',
        countries: ['SE', 'FI'],
      },
      { direction: 'supplies', stream: 'nickel-cobalt-sulphate', countries: [] },
      { direction: 'takes', stream: 'eol-ev-batteries', countries: [] },
    ])
    const exported = toImportRow({
      ...parseProfileInput(rowToProfileInput(row as Parameters<typeof rowToProfileInput>[0])).data!,
      slug: row.slug,
    })
    expect(exported.supplies).toEqual([
      { stream: 'black-mass', tonnesPerYear: 2000, note: 'dry, NMC', countries: ['SE', 'FI'] },
      'nickel-cobalt-sulphate',
    ])
    expect(exported.takes).toEqual(['eol-ev-batteries'])
  })

  test('a file in the earlier format, with the retired end-of-life feedstock, imports unchanged', async () => {
    const row = anOrganisationRow({
      roles: ['dismantling'],
      materials: ['neodymium', 'dysprosium'],
      technologies: ['permanent-magnet'],
      offers: ['end-of-life-feedstock', 'component-supply'],
      seeks: ['end-of-life-feedstock'],
    })
    expect(await importOrganisations({ organisations: [row] })).toMatchObject({ ok: true })
    const saved = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
    // The code is read as the streams it most likely meant (magnet scrap, from the technology).
    expect(saved.offers).toEqual(['component-supply'])
    expect(saved.seeks).toEqual([])
    expect(saved.suppliesStreams.length).toBeGreaterThan(0)
    expect(saved.takesStreams).toEqual(saved.suppliesStreams)
    expect(saved.suppliesStreams).toContain('ndfeb-scrap')
  })

  test('bad streams are reported where they stand in the file, and nothing is imported', async () => {
    const before = await prisma.organisation.count()
    const file = {
      organisations: [
        anOrganisationRow({ supplies: ['no-such-stream'] }),
        anOrganisationRow({ takes: [{ stream: 'black-mass', tonnesPerYear: -5 }] }),
        anOrganisationRow({ supplies: 'black-mass' }),
      ],
    }
    const result = validateImportFile(file, await loadTaxonomy())
    expect(result.ok).toBe(false)
    if (result.ok) return
    const where = result.problems.map(({ index, field }) => `${index}:${field}`)
    expect(where).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^0:supplies/),
        expect.stringMatching(/^1:takes/),
        '2:supplies',
      ]),
    )
    expect(await importOrganisations(file)).toMatchObject({ ok: false })
    expect(await prisma.organisation.count()).toBe(before)
  })
})
