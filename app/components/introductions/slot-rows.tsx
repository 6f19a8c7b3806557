import { getInputProps, getSelectProps, type FieldMetadata } from '@conform-to/react'
import { Field, SelectField } from '~/components/forms'
import { translateMessage } from '~/modules/i18n/message-keys'
import { useT } from '~/modules/i18n/use-translation'
import { meetingDurations, meetingModes, type SlotFormRow } from '~/modules/introductions/introduction-fields'
import { timeZoneChoices } from '~/modules/introductions/meeting-time'

/** The zone the times are entered in, then up to three rows of date, time, length, mode and place. */
export function SlotRows({
  legend,
  hint,
  timeZone,
  slots,
}: {
  legend: string
  hint: string
  timeZone: FieldMetadata<string>
  slots: FieldMetadata<SlotFormRow[]>
}) {
  const allTexts = useT()
  const texts = allTexts.introductions
  const t = texts.slots
  const timeZoneOptions = timeZoneChoices.map((zone) => ({ value: zone, label: texts.zoneOption({ zone }) }))
  const durationOptions = meetingDurations.map((minutes) => ({
    value: String(minutes),
    label: texts.minutes({ count: minutes }),
  }))
  const modeOptions = meetingModes.map((mode) => ({ value: mode, label: texts.modes[mode] }))
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{legend}</legend>
      <p id={slots.descriptionId} className="text-sm text-slate-600">
        {hint}
      </p>
      <div className="max-w-sm">
        <SelectField
          label={t.timeZone}
          field={timeZone}
          selectProps={getSelectProps(timeZone)}
          options={timeZoneOptions}
        />
      </div>
      {slots.errors?.length ? (
        <p id={slots.errorId} role="alert" className="text-sm text-red-700">
          {slots.errors.map((error) => translateMessage(allTexts, error)).join(' ')}
        </p>
      ) : null}
      <ol className="space-y-4">
        {slots.getFieldList().map((slot, index) => {
          const row = slot.getFieldset()
          return (
            <li key={slot.key}>
              <fieldset className="grid gap-3 sm:grid-cols-5">
                <legend className="mb-1 text-sm font-medium text-slate-700">
                  {t.time({ number: index + 1 })}
                </legend>
                <Field
                  label={t.date}
                  field={row.date}
                  inputProps={getInputProps(row.date, { type: 'date' })}
                />
                <Field
                  label={t.start}
                  field={row.time}
                  inputProps={getInputProps(row.time, { type: 'time' })}
                />
                <SelectField
                  label={t.length}
                  field={row.durationMinutes}
                  selectProps={getSelectProps(row.durationMinutes)}
                  options={durationOptions}
                />
                <SelectField
                  label={t.meeting}
                  field={row.mode}
                  selectProps={getSelectProps(row.mode)}
                  options={modeOptions}
                />
                <Field
                  label={t.place}
                  field={row.location}
                  inputProps={getInputProps(row.location, { type: 'text' })}
                />
              </fieldset>
            </li>
          )
        })}
      </ol>
    </fieldset>
  )
}
