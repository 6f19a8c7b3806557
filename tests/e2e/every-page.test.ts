import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { createTestIntroduction, createTestOrganisation } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { logIn, useBrowser, visit } from './browser'

const { newPage } = useBrowser()

describe('every page', () => {
  test('renders and becomes interactive without a script error', async () => {
    const admin = demoAccounts.find((account) => account.role === 'admin')!
    const member = demoAccounts.find((account) => account.organisation)!
    const organisation = await prisma.organisation.findUniqueOrThrow({
      where: { slug: member.organisation! },
    })
    const eu = await createTestOrganisation({ country: 'NL' })
    const jp = await createTestOrganisation({ country: 'JP' })
    const introductionId = await createTestIntroduction(eu, jp, {
      timeZone: 'Europe/Amsterdam',
      slots: [{ date: '2027-04-12', time: '10:00', durationMinutes: '60', mode: 'online' }],
    })
    const pages: [string, string, string[]][] = [
      [
        admin.email,
        demoPassword,
        [
          '/',
          '/directory',
          '/leads',
          `/organisations/${organisation.slug}`,
          '/notifications',
          '/account/sessions',
          '/organisation/new',
          '/staff',
          '/staff/moderation',
          `/staff/moderation/${organisation.id}`,
          '/staff/reports',
          '/staff/users',
          '/staff/audit',
          '/staff/taxonomy',
          '/staff/import',
          '/admin',
          '/account/preferences',
          '/account/security',
          '/staff/introductions',
          '/staff/introductions/new',
          `/introductions/${introductionId}`,
          '/dev/outbox',
        ],
      ],
      [member.email, demoPassword, ['/organisation', '/organisation/edit', '/suggestions', '/introductions']],
      [
        eu.member.email,
        eu.member.password,
        [
          '/introductions',
          `/introductions/${introductionId}`,
          `/introductions/new?to=${jp.organisation.slug}`,
        ],
      ],
      [
        jp.member.email,
        jp.member.password,
        [`/introductions/${introductionId}`, `/organisations/${eu.organisation.slug}`],
      ],
    ]
    for (const [email, password, paths] of pages) {
      const page = await newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
      await logIn(page, email, password)
      for (const path of paths) {
        const response = await visit(page, path)
        expect({ path, status: response?.status() }).toEqual({ path, status: 200 })
      }
      expect(errors).toEqual([])
    }
  })
})
