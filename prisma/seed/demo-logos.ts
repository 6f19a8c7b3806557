import { createHash } from 'node:crypto'

const backgrounds = ['#1d4ed8', '#047857', '#b45309', '#7c3aed', '#be123c', '#0f766e', '#334155', '#a16207']

/** One white mark per logo, drawn in a 160 px square: shapes only, so no font is needed to draw them. */
const marks = [
  '<circle cx="80" cy="80" r="42" fill="none" stroke="#fff" stroke-width="14"/>',
  '<polygon points="80,30 123,55 123,105 80,130 37,105 37,55" fill="none" stroke="#fff" stroke-width="12"/>',
  '<path d="M40 112 L80 44 L120 112 Z" fill="#fff"/>',
  '<rect x="44" y="44" width="72" height="72" rx="10" fill="none" stroke="#fff" stroke-width="12"/><circle cx="80" cy="80" r="14" fill="#fff"/>',
  '<path d="M38 80 A42 42 0 1 1 80 122" fill="none" stroke="#fff" stroke-width="14" stroke-linecap="round"/><circle cx="80" cy="80" r="10" fill="#fff"/>',
  '<circle cx="60" cy="80" r="26" fill="#fff"/><circle cx="100" cy="80" r="26" fill="none" stroke="#fff" stroke-width="10"/>',
]

/**
 * A made-up logo for a demo or test organisation: a coloured square with a simple mark, the same for the
 * same name every time. It goes through the same upload checks as a member's SVG.
 */
export function aLogoSvg(name: string): Buffer {
  const hash = createHash('sha256').update(name).digest()
  const background = backgrounds[hash[0]! % backgrounds.length]
  const mark = marks[hash[1]! % marks.length]
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160">` +
      `<rect width="160" height="160" rx="24" fill="${background}"/>${mark}</svg>`,
  )
}
