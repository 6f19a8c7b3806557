import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { demoAccounts, demoPassword } from '../../prisma/seed/demo-data'
import { createTestIntroduction, createTestOrganisation } from '../../prisma/seed/builders'
import type { Locale } from '~/modules/i18n/locales'
import { saveSearch } from '~/modules/alerts/saved-searches.server'
import { prisma } from '~/utils/db.server'
import { baseUrl, logIn, useBrowser, visit } from './browser'
import { accessibilityViolations, englishInJapanese, onPhone } from './page-checks'

const { newPage } = useBrowser()

type PageProblems = {
  path: string
  status?: number
  lang?: string | null
  axe: string[]
  english: string[]
  phoneScrollsSideways: boolean
  phoneShortTargets: string[]
}

/** Visits each path and returns what is wrong with it: status, language, axe violations, English left, a phone. */
async function checkPages(page: Page, paths: string[], locale: Locale): Promise<PageProblems[]> {
  const problems: PageProblems[] = []
  for (const path of paths) {
    const response = await visit(page, path)
    const phone = await onPhone(page)
    const result: PageProblems = {
      path,
      status: response?.status(),
      lang: await page.locator('html').getAttribute('lang'),
      axe: await accessibilityViolations(page),
      english: locale === 'ja' ? await englishInJapanese(page) : [],
      phoneScrollsSideways: phone.sideways,
      phoneShortTargets: phone.short,
    }
    const expected = {
      path,
      status: path === '/no-such-page' ? 404 : 200,
      lang: locale,
      axe: [],
      english: [],
      phoneScrollsSideways: false,
      phoneShortTargets: [],
    }
    if (JSON.stringify(result) !== JSON.stringify(expected)) problems.push(result)
  }
  return problems
}

async function pagesToVisit() {
  const admin = demoAccounts.find((account) => account.role === 'admin')!
  const member = demoAccounts.find((account) => account.organisation)!
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: member.organisation! } })
  const eu = await createTestOrganisation({ country: 'NL' })
  const jp = await createTestOrganisation({ country: 'JP' })
  const introductionId = await createTestIntroduction(eu, jp, {
    timeZone: 'Europe/Amsterdam',
    slots: [{ date: '2027-04-12', time: '10:00', durationMinutes: '60', mode: 'online' }],
  })
  const [nordic, osaka, sulawesi] = await Promise.all(
    ['nordic-battery-loop', 'osaka-cell-works', 'sulawesi-nickel'].map((slug) =>
      prisma.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } }),
    ),
  )
  await saveSearch(eu.member.id, { name: 'Cobalt in Japan', query: 'region=jp&material=cobalt' })
  const leadRequest = `/leads/request?market=asean&eu=${nordic!.id}&jp=${osaka!.id}&local=${sulawesi!.id}`
  const visitor = [
    '/',
    '/signup',
    '/login',
    '/forgot-password',
    '/signup/check-email',
    '/verify-email/nothing',
  ]
  const signedIn: [string, string, string[]][] = [
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
        '/account/two-factor',
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
        '/no-such-page',
      ],
    ],
    [
      member.email,
      demoPassword,
      [
        '/organisation',
        '/organisation/edit',
        '/organisation/files',
        '/suggestions',
        '/introductions',
        '/leads',
        leadRequest,
      ],
    ],
    [
      eu.member.email,
      eu.member.password,
      [
        '/introductions',
        `/introductions/${introductionId}`,
        `/introductions/new?to=${jp.organisation.slug}`,
        '/saved-searches',
        '/directory?region=jp&material=cobalt',
      ],
    ],
    [
      jp.member.email,
      jp.member.password,
      [`/introductions/${introductionId}`, `/organisations/${eu.organisation.slug}`, '/saved-searches'],
    ],
  ]
  return { visitor, signedIn }
}

describe.each(['en', 'ja'] as const)('every page in %s', (locale) => {
  test('renders, hydrates, is written in that language and has no WCAG 2.2 AA violation (axe)', async () => {
    const { visitor, signedIn } = await pagesToVisit()
    const problems: PageProblems[] = []
    const errors: string[] = []

    const visitorPage = await newPage()
    visitorPage.on('pageerror', (error) => errors.push(`${visitorPage.url()}: ${error.message}`))
    await visitorPage.context().addCookies([{ name: 'lang', value: locale, url: baseUrl() }])
    problems.push(...(await checkPages(visitorPage, visitor, locale)))

    for (const [email, password, paths] of signedIn) {
      const page = await newPage()
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
      await logIn(page, email, password)
      // Signed in, the account's language decides.
      await prisma.user.update({ where: { email }, data: { locale } })
      try {
        problems.push(...(await checkPages(page, paths, locale)))
      } finally {
        await prisma.user.update({ where: { email }, data: { locale: 'en' } })
      }
    }
    expect(problems).toEqual([])
    expect(errors).toEqual([])
  }, 300_000)
})
