import { describe, expect, test } from 'vitest'
import { anOrganisationRow, createTestAccount, createTestOrganisation } from '../../../prisma/seed/builders'
import { refusalOf } from '../../../tests/support/in-english'
import { prisma } from '~/utils/db.server'
import { confirmImport, discardImport, getImportPreview, prepareImport } from './import-preview.server'

async function preparedFile(staffId: string, organisations: unknown[]) {
  const prepared = await prepareImport({ data: { organisations }, fileName: 'file.json' }, staffId)
  if (!prepared.ok) throw new Error(`The file should pass: ${JSON.stringify(prepared.problems)}`)
  return prepared.id
}

describe('import preview and confirmation', () => {
  test('the preview says what would be created, updated (and which fields) or left as it is; only confirming writes', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const existing = await createTestOrganisation({ country: 'DE' })
    const unchanged = await createTestOrganisation({ country: 'FR' })
    const fresh = anOrganisationRow({ name: 'Nagoya Rare Earth K.K.', country: 'JP' })
    const asItStands = await prisma.organisation.findUniqueOrThrow({
      where: { id: unchanged.organisation.id },
    })
    const id = await preparedFile(staff.id, [
      fresh,
      anOrganisationRow({
        slug: existing.organisation.slug,
        name: existing.organisation.name,
        city: 'Hamburg',
      }),
      {
        ...anOrganisationRow({ slug: asItStands.slug, name: asItStands.name, country: 'FR' }),
        description: asItStands.description,
      },
    ])
    const preview = await getImportPreview(id, staff.id)
    expect(preview).toMatchObject({
      state: 'waiting',
      rows: [
        { row: 1, slug: fresh.slug, action: 'create' },
        { row: 2, action: 'update', changed: ['city'] },
        { row: 3, action: 'unchanged', changed: [] },
      ],
    })
    expect(await prisma.organisation.count({ where: { slug: fresh.slug } })).toBe(0)

    await confirmImport(id, staff.id)
    expect(await prisma.organisation.count({ where: { slug: fresh.slug } })).toBe(1)
    expect(
      await prisma.organisation.findUniqueOrThrow({ where: { id: existing.organisation.id } }),
    ).toMatchObject({
      city: 'Hamburg',
    })
    expect(await getImportPreview(id, staff.id)).toMatchObject({ state: 'imported', created: 1, updated: 2 })
  })

  test('two confirmations at the same moment import once', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const row = anOrganisationRow()
    const id = await preparedFile(staff.id, [row])
    const results = await Promise.all([confirmImport(id, staff.id), confirmImport(id, staff.id)])
    expect(results).toEqual([{ ok: true }, { ok: true }])
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
    expect(await prisma.organisationRevision.count({ where: { organisationId: organisation.id } })).toBe(1)
    expect(
      await prisma.auditEntry.count({
        where: { actorId: staff.id, action: 'organisations.import' },
      }),
    ).toBe(1)
  })

  test('an invalid file is not kept; another staff member, a discarded or a day-old file is not found', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const colleague = await createTestAccount({ role: 'staff' })
    const invalid = await prepareImport(
      { data: { organisations: [anOrganisationRow({ country: 'ZZ' })] }, fileName: 'bad.json' },
      staff.id,
    )
    expect(invalid.ok).toBe(false)
    expect(await prisma.profileImport.count({ where: { createdById: staff.id } })).toBe(0)

    const row = anOrganisationRow()
    const id = await preparedFile(staff.id, [row])
    expect(await refusalOf(getImportPreview(id, colleague.id))).toContain('no longer waiting')
    expect(await refusalOf(confirmImport(id, colleague.id))).toContain('no longer waiting')
    expect(await refusalOf(discardImport(id, colleague.id))).toContain('no longer waiting')

    // A new file replaces the one waiting.
    const second = await preparedFile(staff.id, [row])
    expect(await refusalOf(getImportPreview(id, staff.id))).toContain('no longer waiting')
    await prisma.profileImport.update({
      where: { id: second },
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000) },
    })
    expect(await refusalOf(confirmImport(second, staff.id))).toContain('no longer waiting')

    const third = await preparedFile(staff.id, [row])
    await discardImport(third, staff.id)
    expect(await refusalOf(confirmImport(third, staff.id))).toContain('no longer waiting')
    expect(await prisma.organisation.count({ where: { slug: row.slug } })).toBe(0)
  })

  test('a file that no longer passes when it is confirmed writes nothing and says why', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const row = anOrganisationRow()
    const id = await preparedFile(staff.id, [row])
    // The stored content is what is checked again: a second row with the same slug no longer passes.
    await prisma.profileImport.update({ where: { id }, data: { content: { organisations: [row, row] } } })
    const result = await confirmImport(id, staff.id)
    expect(result).toMatchObject({ ok: false, problems: [{ row: 2, field: 'slug' }] })
    expect(await prisma.organisation.count({ where: { slug: row.slug } })).toBe(0)
  })
})
