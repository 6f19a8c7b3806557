import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import type { MatchTaxonomy } from './score'

/** The taxonomy as scoring reads it, from the database's terms. */
export async function loadMatchTaxonomy(): Promise<MatchTaxonomy> {
  const taxonomy = await loadTaxonomy()
  const labels = new Map<string, string>()
  for (const [kind, terms] of Object.entries(taxonomy)) {
    for (const term of terms) labels.set(`${kind}:${term.code}`, term.labelEn)
  }
  const materials = new Map(taxonomy.material.map((term) => [term.code, term]))
  const technologies = new Map(taxonomy.technology.map((term) => [term.code, term.typicalMaterials]))
  return {
    label: (kind, code) => labels.get(`${kind}:${code}`) ?? code,
    criticality: (code) => {
      const term = materials.get(code)
      if (term?.euStrategic) return 'strategic'
      return term?.euCritical || term?.jpRareMetal ? 'critical' : 'other'
    },
    typicalMaterials: (code) => technologies.get(code) ?? [],
  }
}
