import type { ProfileFormTaxonomy, TermOption } from '~/components/profile-form'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import { termLabel } from '~/modules/taxonomy/term-label'
import { loadTaxonomy, type TaxonomyTermView } from '~/modules/taxonomy/taxonomy.server'

function materialNote(term: TaxonomyTermView, locale: Locale) {
  const names = messagesFor(locale).profiles.materialFlags
  const flags = [
    term.euStrategic ? names.euStrategic : term.euCritical ? names.euCritical : null,
    term.jpRareMetal ? names.jpRareMetal : null,
  ].filter(Boolean)
  return flags.length ? `(${flags.join(', ')})` : undefined
}

/**
 * The choices a profile form offers, labelled in the reader's language: active terms, plus retired ones
 * the profile already has.
 */
export async function profileFormTaxonomy(
  existingCodes: string[],
  locale: Locale,
): Promise<ProfileFormTaxonomy> {
  const taxonomy = await loadTaxonomy()
  const keep = new Set(existingCodes)
  const options = (terms: TaxonomyTermView[], withNote = false): TermOption[] =>
    terms
      .filter((term) => !term.retired || keep.has(term.code))
      .map((term) => ({
        code: term.code,
        label: termLabel(term, locale),
        note: withNote ? materialNote(term, locale) : undefined,
      }))
  return {
    role: options(taxonomy.role),
    material: options(taxonomy.material, true),
    technology: options(taxonomy.technology),
    cooperation: options(taxonomy.cooperation),
    market: options(taxonomy.market),
    stream: options(taxonomy.stream).map((option) => {
      const term = taxonomy.stream.find((candidate) => candidate.code === option.code)
      return term?.hazardous
        ? { ...option, note: `(${messagesFor(locale).profiles.view.hazardous})` }
        : option
    }),
  }
}
