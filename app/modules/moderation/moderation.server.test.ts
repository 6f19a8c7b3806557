import { describe, expect, test } from 'vitest'
import { anOrganisationRow, createTestAccount } from '../../../prisma/seed/builders'
import { importOrganisations } from '~/modules/profiles/import.server'
import { prisma } from '~/utils/db.server'
import {
  approveProfile,
  ChangedSinceReviewError,
  changesSinceVersion,
  rejectProfile,
} from './moderation.server'

describe('a decision applies to the version the reviewer saw', () => {
  test('a profile saved again after it was opened is not approved; what changed is listed', async () => {
    const staff = await createTestAccount({ role: 'staff' })
    const row = anOrganisationRow({ status: 'submitted', city: 'Hamburg' })
    await importOrganisations({ organisations: [row] })
    const opened = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })

    // The member saves a change while staff have the profile open.
    await importOrganisations({ organisations: [{ ...row, city: 'Bremen' }] })
    const saved = await prisma.organisation.findUniqueOrThrow({ where: { slug: row.slug } })
    expect(saved.version).toBeGreaterThan(opened.version)

    await expect(approveProfile(staff.id, opened.id, opened.version)).rejects.toBeInstanceOf(
      ChangedSinceReviewError,
    )
    await expect(rejectProfile(staff.id, opened.id, 'Not a company.', opened.version)).rejects.toBeInstanceOf(
      ChangedSinceReviewError,
    )
    const after = await prisma.organisation.findUniqueOrThrow({ where: { id: opened.id } })
    expect(after).toMatchObject({ status: 'submitted', approvedVersion: null })
    expect(await prisma.auditEntry.count({ where: { actorId: staff.id } })).toBe(0)
    expect(await changesSinceVersion(opened.id, opened.version)).toEqual([
      { field: 'city', before: 'Hamburg', after: 'Bremen' },
    ])

    await approveProfile(staff.id, opened.id, saved.version)
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({
      status: 'approved',
      approvedVersion: saved.version,
    })
  })
})
