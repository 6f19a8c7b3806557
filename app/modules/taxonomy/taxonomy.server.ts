import type { TaxonomyKind } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import type { Locale } from '~/modules/i18n/locales'
import { termLabel } from './term-label'
import type { TermLabels } from './term-labels'

export type TaxonomyTermView = {
  code: string
  labelEn: string
  labelJa: string
  retired: boolean
  euStrategic: boolean
  euCritical: boolean
  jpRareMetal: boolean
  typicalMaterials: string[]
  ewcCodes: string[]
  hsCodes: string[]
  hazardous: boolean
}

export type Taxonomy = Record<TaxonomyKind, TaxonomyTermView[]>

/** Every term, retired ones included (they still label existing profiles), in their set order. */
export async function loadTaxonomy(): Promise<Taxonomy> {
  const terms = await prisma.taxonomyTerm.findMany({ orderBy: [{ kind: 'asc' }, { position: 'asc' }] })
  const taxonomy: Taxonomy = {
    role: [],
    material: [],
    technology: [],
    cooperation: [],
    market: [],
    stream: [],
  }
  for (const { kind, retiredAt, createdAt: _createdAt, position: _position, ...term } of terms) {
    taxonomy[kind].push({ ...term, retired: retiredAt !== null })
  }
  return taxonomy
}

/** Labels of every term by kind and code in the reader's language, for pages that show profiles. */
export async function loadTermLabels(locale: Locale): Promise<TermLabels> {
  const taxonomy = await loadTaxonomy()
  const labels = {} as TermLabels
  for (const kind of Object.keys(taxonomy) as (keyof Taxonomy)[]) {
    labels[kind] = Object.fromEntries(taxonomy[kind].map((term) => [term.code, termLabel(term, locale)]))
  }
  return labels
}

/** The cooperation types a request or an introduction can be about (retired ones left out). */
export async function loadCooperationOptions(locale: Locale) {
  return (await loadTaxonomy()).cooperation
    .filter((term) => !term.retired)
    .map((term) => ({ value: term.code, label: termLabel(term, locale) }))
}
