import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
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
    const pages: [string, string[]][] = [
      [
        admin.email,
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
        ],
      ],
      [member.email, ['/organisation', '/organisation/edit', '/suggestions']],
    ]
    for (const [email, paths] of pages) {
      const page = await newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
      await logIn(page, email, demoPassword)
      for (const path of paths) {
        const response = await visit(page, path)
        expect({ path, status: response?.status() }).toEqual({ path, status: 200 })
      }
      expect(errors).toEqual([])
    }
  })
})
