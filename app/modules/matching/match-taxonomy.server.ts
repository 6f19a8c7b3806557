import type { Locale } from '~/modules/i18n/locales'
import { termLabel } from '~/modules/taxonomy/term-label'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import type { MatchTaxonomy } from './score'

// Terms change rarely (staff curation); scoring reads them on every request. Kept for a short while
// per process, so a change shows in suggestions within `cacheMs` on every server.
const cacheMs = 30_000
const cached = new Map<Locale, { at: number; taxonomy: Promise<MatchTaxonomy> }>()

/** The taxonomy as scoring reads it, from the database's terms, labelled in `locale`. */
export function loadMatchTaxonomy(locale: Locale = 'en'): Promise<MatchTaxonomy> {
  const entry = cached.get(locale)
  if (entry && Date.now() - entry.at <= cacheMs) return entry.taxonomy
  const fresh = { at: Date.now(), taxonomy: readMatchTaxonomy(locale) }
  cached.set(locale, fresh)
  fresh.taxonomy.catch(() => cached.delete(locale))
  return fresh.taxonomy
}

async function readMatchTaxonomy(locale: Locale): Promise<MatchTaxonomy> {
  const taxonomy = await loadTaxonomy()
  const labels = new Map<string, string>()
  for (const [kind, terms] of Object.entries(taxonomy)) {
    for (const term of terms) labels.set(`${kind}:${term.code}`, termLabel(term, locale))
  }
  const materials = new Map(taxonomy.material.map((term) => [term.code, term]))
  const technologies = new Map(taxonomy.technology.map((term) => [term.code, term.typicalMaterials]))
  const streams = new Map(taxonomy.stream.map((term) => [term.code, term.typicalMaterials]))
  return {
    locale,
    label: (kind, code) => labels.get(`${kind}:${code}`) ?? code,
    criticality: (code) => {
      const term = materials.get(code)
      if (term?.euStrategic) return 'strategic'
      return term?.euCritical || term?.jpRareMetal ? 'critical' : 'other'
    },
    typicalMaterials: (code) => technologies.get(code) ?? [],
    streamMaterials: (code) => streams.get(code) ?? [],
  }
}
