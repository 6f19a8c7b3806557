import type { TaxonomyKind } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
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
}

export type Taxonomy = Record<TaxonomyKind, TaxonomyTermView[]>

/** Every term, retired ones included (they still label existing profiles), in their set order. */
export async function loadTaxonomy(): Promise<Taxonomy> {
  const terms = await prisma.taxonomyTerm.findMany({ orderBy: [{ kind: 'asc' }, { position: 'asc' }] })
  const taxonomy: Taxonomy = { role: [], material: [], technology: [], cooperation: [], market: [] }
  for (const {
    kind,
    retiredAt,
    code,
    labelEn,
    labelJa,
    euStrategic,
    euCritical,
    jpRareMetal,
    typicalMaterials,
  } of terms) {
    taxonomy[kind].push({
      code,
      labelEn,
      labelJa,
      retired: retiredAt !== null,
      euStrategic,
      euCritical,
      jpRareMetal,
      typicalMaterials,
    })
  }
  return taxonomy
}

/** English labels of every term by kind and code, for pages that show profiles. */
export async function loadTermLabels(): Promise<TermLabels> {
  const taxonomy = await loadTaxonomy()
  const labels = {} as TermLabels
  for (const kind of Object.keys(taxonomy) as (keyof Taxonomy)[]) {
    labels[kind] = Object.fromEntries(taxonomy[kind].map((term) => [term.code, term.labelEn]))
  }
  return labels
}

/** The cooperation types a request or an introduction can be about (retired ones left out). */
export async function loadCooperationOptions() {
  return (await loadTaxonomy()).cooperation
    .filter((term) => !term.retired)
    .map((term) => ({ value: term.code, label: term.labelEn }))
}
