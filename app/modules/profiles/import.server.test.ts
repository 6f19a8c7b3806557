import { inEnglish } from '~/modules/i18n/in-english'
import { describe, expect, test } from 'vitest'
import { anOrganisationRow } from '../../../prisma/seed/builders'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { prisma } from '~/utils/db.server'
import { importOrganisations, validateImportFile } from './import.server'

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
