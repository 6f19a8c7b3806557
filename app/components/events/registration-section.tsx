import { getTextareaProps } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { FieldErrors, TextAreaField } from '~/components/forms'
import { translateMessage } from '~/modules/i18n/message-keys'
import { useT } from '~/modules/i18n/use-translation'

type Meta = { id: string; name: string; errorId: string; descriptionId: string; errors?: string[] }
type RegistrationFields = {
  people: Meta
  mode: Meta
  answer: Parameters<typeof getTextareaProps>[0]
  listed: Meta
}

/** Who of the organisation attends, how (for hybrid events), their answer, and whether to be named. */
export function RegistrationForm({
  fields,
  colleagues,
  askMode,
  question,
}: {
  fields: RegistrationFields
  colleagues: { id: string; displayName: string }[]
  askMode: boolean
  question: string
}) {
  const t = useT().events
  return (
    <>
      <fieldset
        className="space-y-2"
        aria-describedby={`${fields.people.descriptionId} ${fields.people.errorId}`}
      >
        <legend className="text-sm font-medium text-slate-800">{t.page.people}</legend>
        <p id={fields.people.descriptionId} className="text-sm text-slate-600">
          {t.page.peopleHint}
        </p>
        {colleagues.map((person, index) => (
          <label key={person.id} className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name={fields.people.name}
              value={person.id}
              defaultChecked={index === 0}
              className="h-5 w-5 rounded border-slate-400"
            />
            <span translate="no">{person.displayName}</span>
          </label>
        ))}
        <FieldErrors id={fields.people.errorId} errors={fields.people.errors} />
      </fieldset>
      {askMode ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t.page.mode}</legend>
          {(['online', 'on_site'] as const).map((mode) => (
            <label key={mode} className="flex min-h-11 items-center gap-2">
              <input type="radio" name={fields.mode.name} value={mode} required className="h-5 w-5" />
              {t.modes[mode]}
            </label>
          ))}
          <FieldErrors id={fields.mode.errorId} errors={fields.mode.errors} />
        </fieldset>
      ) : null}
      <TextAreaField
        label={question}
        field={fields.answer}
        textareaProps={{ ...getTextareaProps(fields.answer), rows: 3, maxLength: 1000 }}
      />
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name={fields.listed.name}
          defaultChecked
          className="h-5 w-5 rounded border-slate-400"
        />
        {t.page.listed}
      </label>
    </>
  )
}

type OwnRegistration = {
  id: string
  status: 'pending' | 'approved' | 'declined' | 'waitlisted' | 'cancelled'
  mode: 'online' | 'on_site'
  person: string
  declineReason: string | null
  mayCancel: boolean
}

/** The reader's organisation's registrations, each with its state and a cancel button while allowed. */
export function OwnRegistrations({
  registrations,
  error,
}: {
  registrations: OwnRegistration[]
  error: string | null
}) {
  const texts = useT()
  const t = texts.events
  if (!registrations.length) return null
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{t.page.yourRegistrations}</h3>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {translateMessage(texts, error)}
        </p>
      ) : null}
      <ul className="space-y-2">
        {registrations.map((registration) => (
          <li
            key={registration.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-white p-3"
          >
            <span>
              <span translate="no" className="font-medium">
                {registration.person}
              </span>
              {' · '}
              {t.registrationStates[registration.status]}
              {' · '}
              {t.modes[registration.mode]}
              {registration.declineReason ? (
                <span className="block text-sm text-slate-600">
                  {t.page.declineReason({ reason: '' })}
                  <span translate="no">{registration.declineReason}</span>
                </span>
              ) : null}
            </span>
            {registration.mayCancel ? (
              <Form
                method="post"
                onSubmit={(event) => {
                  if (!confirm(t.page.confirmCancel({ name: registration.person }))) event.preventDefault()
                }}
              >
                <input type="hidden" name="intent" value="cancel" />
                <input type="hidden" name="registrationId" value={registration.id} />
                <button
                  type="submit"
                  className="min-h-11 rounded-md border border-red-300 px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50"
                >
                  {t.page.cancel}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
