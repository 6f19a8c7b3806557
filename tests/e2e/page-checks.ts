import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { visit } from './browser'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** WCAG 2.2 A/AA violations axe finds on the page, as "rule: element" lines (empty when there are none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  )
}

/**
 * Text declared Japanese (its nearest `lang` is "ja") that still reads as English: two English words
 * in a row, in the text or in a label, title or placeholder. User content marked with its own `lang`
 * or `translate="no"`, code, and the service's name are left out.
 */
export function englishInJapanese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const englishWords = /[A-Za-z]{3,}\s+[A-Za-z]{3,}/
    const brand = 'EU-Japan Circular Metals'
    const declaredJapanese = (element: Element) =>
      element.closest('[lang]')?.getAttribute('lang') === 'ja' &&
      !element.closest('[translate="no"], code, script, style')
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      const text = (node.textContent ?? '').replaceAll(brand, '')
      if (element && declaredJapanese(element) && englishWords.test(text)) found.push(text.trim())
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!declaredJapanese(element)) continue
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = (element.getAttribute(name) ?? '').replaceAll(brand, '')
        if (englishWords.test(value)) found.push(`${name}="${value}"`)
      }
    }
    return found
  })
}

/**
 * A page at desktop width and at a phone's 390 px: it answers 200, never scrolls sideways, and (at desktop
 * width) has no axe violation. The problems found, each naming the language and the path.
 */
export async function desktopAndPhoneProblems(page: Page, path: string, locale: string) {
  const problems: string[] = []
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    const response = await visit(page, path)
    if (response?.status() !== 200) problems.push(`${locale} ${path}: ${response?.status()}`)
    if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))
      problems.push(`${locale} ${path} at ${width}px scrolls sideways`)
    if (width === 1280)
      problems.push(...(await accessibilityViolations(page)).map((v) => `${locale} ${path}: ${v}`))
  }
  return problems
}
