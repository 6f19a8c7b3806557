import { getSelectProps, getTextareaProps } from '@conform-to/react'
import { SelectField, TextAreaField } from '~/components/forms'
import { messageLength } from '~/modules/introductions/introduction-fields'

type Labels = {
  purpose: string
  choosePurpose: string
  message: string
  messageHint: (length: typeof messageLength) => string
}

/** What a request is about and its message: the same two fields in a member's request and a staff introduction. */
export function PurposeAndMessage({
  fields,
  purposes,
  labels,
}: {
  fields: { purpose: Parameters<typeof getSelectProps>[0]; message: Parameters<typeof getTextareaProps>[0] }
  purposes: { value: string; label: string }[]
  labels: Labels
}) {
  return (
    <>
      <SelectField
        label={labels.purpose}
        field={fields.purpose}
        selectProps={getSelectProps(fields.purpose)}
        options={purposes}
        placeholder={labels.choosePurpose}
      />
      <TextAreaField
        label={labels.message}
        field={fields.message}
        hint={labels.messageHint(messageLength)}
        textareaProps={getTextareaProps(fields.message)}
      />
    </>
  )
}
