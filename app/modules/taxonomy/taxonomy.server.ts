import type { TaxonomyKind } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'

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
  for (const { kind, retiredAt, code, labelEn, labelJa, euStrategic, euCritical, jpRareMetal, typicalMaterials } of terms) {
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
