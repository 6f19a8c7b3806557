import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import type { MatchTaxonomy } from './score'

// Terms change rarely (staff curation); scoring reads them on every request. Kept for a short while
// per process, so a change shows in suggestions within `cacheMs` on every server.
const cacheMs = 30_000
let cached: { at: number; taxonomy: Promise<MatchTaxonomy> } | undefined

/** The taxonomy as scoring reads it, from the database's terms. */
export function loadMatchTaxonomy(): Promise<MatchTaxonomy> {
  if (!cached || Date.now() - cached.at > cacheMs) {
    cached = { at: Date.now(), taxonomy: readMatchTaxonomy() }
    cached.taxonomy.catch(() => (cached = undefined))
  }
  return cached.taxonomy
}

async function readMatchTaxonomy(): Promise<MatchTaxonomy> {
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
