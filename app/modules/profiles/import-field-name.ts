import type { Messages } from '~/modules/i18n/messages'

/** A field of an import file in words: the profile form's label where there is one ("contact.email": "Contact email"). */
export function importFieldName(messages: Messages, field: string) {
  const [top = field, part] = field.split('.')
  const formKey = top === 'contact' && part ? `contact${part[0]!.toUpperCase()}${part.slice(1)}` : top
  return (
    (messages.profiles.fields as Record<string, string>)[formKey] ??
    messages.staff.import.fieldNames[top] ??
    field
  )
}
