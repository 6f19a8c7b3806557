import { errorMessage } from '~/modules/i18n/message-keys'
import type { Taxonomy } from '~/modules/taxonomy/taxonomy.server'
import { tagFields, type ProfileFields, type TagField } from './profile-fields'

export type FieldProblem = { field: string; message: string }

/**
 * Every tag must be a code of its taxonomy; a retired code is accepted only where the profile
 * already had it (it stays, but is not offered for new choices).
 */
export function checkTaxonomyCodes(
  fields: Pick<ProfileFields, TagField | 'streams'>,
  taxonomy: Taxonomy,
  existing?: Partial<Record<TagField, string[]>> & { suppliesStreams?: string[]; takesStreams?: string[] },
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const streams = new Map(taxonomy.stream.map((term) => [term.code, term]))
  const hadStream = new Set([...(existing?.suppliesStreams ?? []), ...(existing?.takesStreams ?? [])])
  fields.streams.forEach((entry, index) => {
    const term = streams.get(entry.stream)
    const field = `streams[${index}].stream`
    if (!term) problems.push({ field, message: errorMessage('unknownCodes', { codes: entry.stream }) })
    else if (term.retired && !hadStream.has(entry.stream))
      problems.push({ field, message: errorMessage('retiredCode', { code: entry.stream }) })
  })
  for (const [field, kind] of Object.entries(tagFields) as [TagField, keyof Taxonomy][]) {
    const terms = new Map(taxonomy[kind].map((term) => [term.code, term]))
    for (const code of fields[field]) {
      const term = terms.get(code)
      if (!term) problems.push({ field, message: errorMessage('unknownCodes', { codes: code }) })
      else if (term.retired && !existing?.[field]?.includes(code)) {
        problems.push({ field, message: errorMessage('retiredCode', { code }) })
      }
    }
  }
  return problems
}

/** Problems grouped by field, as forms show them. */
export function fieldErrorsOf(problems: FieldProblem[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  for (const { field, message } of problems) (errors[field] ??= []).push(message)
  return errors
}
