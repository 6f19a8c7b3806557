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
 * At a phone's 390 px (no reload: the layout follows the width), whether the page scrolls sideways, and the
 * controls a fingertip cannot hit: visible links, buttons, fields and folding summaries less than 44 px
 * high or wide (WCAG 2.5.5). Links inside a sentence are exempt, as WCAG exempts them; a checkbox or radio
 * is measured with its label, which is what the finger presses.
 */
export async function onPhone(page: Page) {
  const wide = page.viewportSize()
  await page.setViewportSize({ width: 390, height: 844 })
  const result = await page.evaluate(() => {
    const sideways = document.documentElement.scrollWidth > window.innerWidth
    const short: string[] = []
    const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary, label'
    for (const element of document.querySelectorAll<HTMLElement>(controls)) {
      const style = getComputedStyle(element)
      const box = element.getBoundingClientRect()
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue
      if (element.closest('details:not([open]) > :not(summary)')) continue
      const tickable = element.matches('input[type=checkbox], input[type=radio]')
      if (tickable && element.closest('label')) continue
      if (element.tagName === 'LABEL' && !element.querySelector('input[type=checkbox], input[type=radio]'))
        continue
      if (element.tagName === 'A' && style.display === 'inline') {
        const sentence = element.parentElement?.textContent?.trim() ?? ''
        if (sentence.length > (element.textContent?.trim().length ?? 0)) continue
      }
      if (box.height < 44 || box.width < 44) {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40)
        short.push(
          `${element.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`,
        )
      }
    }
    return { sideways, short }
  })
  if (wide) await page.setViewportSize(wide)
  return result
}

/**
 * A page at desktop width and at a phone's 390 px: it answers 200, never scrolls sideways, has no control
 * too small to tap on the phone and (at desktop width) no axe violation. The problems found, each naming the language and the path.
 */
export async function desktopAndPhoneProblems(page: Page, path: string, locale: string) {
  const problems: string[] = []
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    const response = await visit(page, path)
    if (response?.status() !== 200) problems.push(`${locale} ${path}: ${response?.status()}`)
    if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))
      problems.push(`${locale} ${path} at ${width}px scrolls sideways`)
    if (width === 390)
      problems.push(
        ...(await onPhone(page)).short.map((target) => `${locale} ${path}: ${target} is too small to tap`),
      )
    if (width === 1280)
      problems.push(...(await accessibilityViolations(page)).map((v) => `${locale} ${path}: ${v}`))
  }
  return problems
}
