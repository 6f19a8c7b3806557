import type { ProfileFormTaxonomy, TermOption } from '~/components/profile-form'
import { loadTaxonomy, type TaxonomyTermView } from '~/modules/taxonomy/taxonomy.server'

function materialNote(term: TaxonomyTermView) {
  const flags = [
    term.euStrategic ? 'EU strategic' : term.euCritical ? 'EU critical' : null,
    term.jpRareMetal ? 'JP rare metal' : null,
  ].filter(Boolean)
  return flags.length ? `(${flags.join(', ')})` : undefined
}

/** The choices a profile form offers: active terms, plus retired ones the profile already has. */
export async function profileFormTaxonomy(existingCodes: string[] = []): Promise<ProfileFormTaxonomy> {
  const taxonomy = await loadTaxonomy()
  const keep = new Set(existingCodes)
  const options = (
    terms: TaxonomyTermView[],
    note?: (term: TaxonomyTermView) => string | undefined,
  ): TermOption[] =>
    terms
      .filter((term) => !term.retired || keep.has(term.code))
      .map((term) => ({ code: term.code, labelEn: term.labelEn, note: note?.(term) }))
  return {
    role: options(taxonomy.role),
    material: options(taxonomy.material, materialNote),
    technology: options(taxonomy.technology),
    cooperation: options(taxonomy.cooperation),
    market: options(taxonomy.market),
  }
}
