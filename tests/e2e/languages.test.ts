import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { anAccount, createTestAccount } from '../../prisma/seed/builders'
import { prisma } from '~/utils/db.server'
import { baseUrl, launchBrowser, logIn, useBrowser, visit } from './browser'

const { newPage } = useBrowser()

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang')

describe('the language of the pages', () => {
  test('Japanese text is drawn with Japanese glyphs, not empty boxes, in the page’s own font stack', async () => {
    const page = await newPage()
    await visit(page, '/')
    // Without a Japanese font every character is the same "missing glyph" box, so two different words
    // draw the same pixels.
    const [recycling, economy, latin] = await page.evaluate(() =>
      ['循環', '経済', 'Ab'].map((text) => {
        const canvas = document.createElement('canvas')
        canvas.width = 120
        canvas.height = 48
        const context = canvas.getContext('2d')!
        context.font = `32px ${getComputedStyle(document.body).fontFamily}`
        context.fillText(text, 0, 36)
        return canvas.toDataURL()
      }),
    )
    expect(recycling).not.toBe(economy)
    expect(recycling).not.toBe(latin)
  })

  test('follows the browser’s Accept-Language for a visitor, else English', async () => {
    const browser = await launchBrowser()
    try {
      const japanese = await (await browser.newContext({ baseURL: baseUrl(), locale: 'ja-JP' })).newPage()
      await visit(japanese, '/')
      expect(await htmlLang(japanese)).toBe('ja')
      await japanese
        .getByRole('heading', { level: 1, name: '戦略的金属を循環させ続けるパートナーを見つけましょう' })
        .waitFor()

      const other = await (await browser.newContext({ baseURL: baseUrl(), locale: 'fr-FR' })).newPage()
      await visit(other, '/')
      expect(await htmlLang(other)).toBe('en')
      await other
        .getByRole('heading', { level: 1, name: 'Find partners to keep strategic metals in the loop' })
        .waitFor()
    } finally {
      await browser.close()
    }
  })

  test('the header switch keeps the address, is remembered in a cookie, and switches back', async () => {
    const page = await newPage()
    await visit(page, '/login?redirectTo=%2Fdirectory')
    await page.getByRole('button', { name: 'Language: 日本語' }).click()
    await page.locator('html[lang="ja"]').waitFor({ state: 'attached' })
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/login?redirectTo=%2Fdirectory')
    await page.getByRole('heading', { name: 'ログイン' }).waitFor()

    await visit(page, '/signup')
    expect(await htmlLang(page)).toBe('ja')
    // Bad input is refused with messages in Japanese, and nothing is saved.
    await page.getByRole('button', { name: 'アカウントを作成' }).click()
    await page.getByText('お名前を入力してください。').waitFor()
    await page.getByText('メールアドレスを入力してください。').waitFor()

    await page.getByRole('button', { name: '言語: English' }).click()
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' })
    await page.getByRole('heading', { name: 'Create your account' }).waitFor()
  })

  test('a visitor who signs up in Japanese gets a Japanese account', async () => {
    const page = await newPage()
    await page.context().addCookies([{ name: 'lang', value: 'ja', url: baseUrl() }])
    await visit(page, '/signup')
    const account = anAccount()
    await page.getByLabel('お名前').fill(account.displayName)
    await page.getByLabel('勤務先のメールアドレス').fill(account.email)
    await page.getByLabel('パスワード').fill(account.password)
    await page.getByRole('button', { name: 'アカウントを作成' }).click()
    await page.getByRole('heading', { name: '受信トレイをご確認ください' }).waitFor()
    expect((await prisma.user.findUniqueOrThrow({ where: { email: account.email } })).locale).toBe('ja')
  })

  test('a signed-in person’s choice is saved on the account and follows them to another browser', async () => {
    const user = await createTestAccount()
    const page = await newPage()
    await logIn(page, user.email, user.password)
    await visit(page, '/directory?region=jp')
    await page.getByRole('button', { name: 'Language: 日本語' }).click()
    await page.locator('html[lang="ja"]').waitFor({ state: 'attached' })
    expect(new URL(page.url()).search).toBe('?region=jp')
    await page.getByRole('heading', { name: 'ディレクトリ' }).waitFor()
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe('ja')

    // A fresh browser (no cookie, English Accept-Language): the log-in page is English, the account Japanese.
    const other = await newPage()
    await visit(other, '/login')
    expect(await htmlLang(other)).toBe('en')
    await other.getByLabel('Email').fill(user.email)
    await other.getByLabel('Password').fill(user.password)
    await other.getByRole('button', { name: 'Log in' }).click()
    await other.getByRole('button', { name: 'ログアウト' }).waitFor()
    expect(await htmlLang(other)).toBe('ja')
  })

  test('an account that never chose a language follows the browser’s', async () => {
    const user = await createTestAccount()
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBeNull()
    const browser = await launchBrowser()
    try {
      const page = await (await browser.newContext({ baseURL: baseUrl(), locale: 'ja-JP' })).newPage()
      await visit(page, '/login')
      await page.getByLabel('メールアドレス').fill(user.email)
      await page.getByLabel('パスワード').fill(user.password)
      await page.getByRole('button', { name: 'ログイン' }).click()
      await page.getByRole('button', { name: 'ログアウト' }).waitFor()
      expect(await htmlLang(page)).toBe('ja')
    } finally {
      await browser.close()
    }
  })
})
