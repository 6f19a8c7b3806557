import { getInputProps, getSelectProps, type FieldMetadata, type FormMetadata } from '@conform-to/react'
import { Field, FieldErrors, SelectField } from '~/components/forms'
import { useT } from '~/modules/i18n/use-translation'
import { streamDirections, streamLimits } from '~/modules/profiles/streams'

type StreamRowValue = {
  direction: string
  stream: string
  tonnesPerYear: string | number
  note: string
  countries: string | string[]
}

/**
 * The profile's material streams: one row each (supply or take, the stream, and optional quantity, grade
 * and countries), added and removed with Conform's list buttons, which also work without JavaScript.
 */
export function StreamRows<Schema extends Record<string, unknown>>({
  form,
  field: untyped,
  options,
}: {
  form: FormMetadata<Schema, string[]>
  /** The `streams` field: its schema preprocesses, so Conform cannot infer the rows' shape. */
  field: FieldMetadata<unknown, Schema, string[]>
  options: { code: string; label: string; note?: string }[]
}) {
  const t = useT().profiles.form
  const field = untyped as unknown as FieldMetadata<StreamRowValue[] | undefined, Schema, string[]>
  const rows = field.getFieldList()
  return (
    <fieldset className="space-y-4" aria-describedby={`${field.id}-hint`}>
      <legend className="text-base font-semibold">{t.streams}</legend>
      <p id={`${field.id}-hint`} className="text-sm text-slate-600">
        {t.streamsHint}
      </p>
      <FieldErrors id={field.errorId} errors={field.errors} />
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t.noStreams}</p> : null}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const parts = row.getFieldset()
          const countries = parts.countries.initialValue
          return (
            <li key={row.key} className="rounded-md border border-slate-200 p-4">
              <fieldset className="space-y-3">
                <legend className="text-sm font-medium text-slate-800">
                  {t.streamRow({ number: index + 1 })}
                </legend>
                <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
                  <SelectField
                    label={t.direction}
                    field={parts.direction}
                    selectProps={getSelectProps(parts.direction)}
                    options={streamDirections.map((direction) => ({
                      value: direction,
                      label: t.directions[direction],
                    }))}
                  />
                  <SelectField
                    label={t.stream}
                    field={parts.stream}
                    selectProps={getSelectProps(parts.stream)}
                    options={options.map((option) => ({
                      value: option.code,
                      label: option.note ? `${option.label} ${option.note}` : option.label,
                    }))}
                    placeholder={t.chooseStream}
                  />
                </div>
                <div className="grid gap-3 sm:grid-cols-3">
                  <Field
                    label={t.tonnesPerYear}
                    field={parts.tonnesPerYear}
                    inputProps={{
                      ...getInputProps(parts.tonnesPerYear, { type: 'number' }),
                      inputMode: 'numeric',
                      min: 1,
                      max: streamLimits.tonnes,
                    }}
                  />
                  <Field
                    label={t.streamNote}
                    field={parts.note}
                    hint={t.streamNoteHint}
                    inputProps={{
                      ...getInputProps(parts.note, { type: 'text' }),
                      maxLength: streamLimits.note,
                    }}
                  />
                  <Field
                    label={t.streamCountries}
                    field={parts.countries}
                    hint={t.streamCountriesHint}
                    inputProps={{
                      ...getInputProps(parts.countries, { type: 'text' }),
                      defaultValue: Array.isArray(countries) ? countries.join(', ') : (countries ?? ''),
                      autoCapitalize: 'characters',
                    }}
                  />
                </div>
                <button
                  {...form.remove.getButtonProps({ name: field.name, index })}
                  className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
                >
                  {t.removeStream({ number: index + 1 })}
                </button>
              </fieldset>
            </li>
          )
        })}
      </ol>
      {rows.length < streamLimits.entries ? (
        <button
          {...form.insert.getButtonProps({ name: field.name, defaultValue: { direction: 'supplies' } })}
          className="min-h-11 rounded-md border border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        >
          {t.addStream}
        </button>
      ) : null}
    </fieldset>
  )
}
