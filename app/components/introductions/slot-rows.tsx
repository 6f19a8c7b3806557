import { getInputProps, getSelectProps, type FieldMetadata } from '@conform-to/react'
import { Field, SelectField } from '~/components/forms'
import {
  meetingDurations,
  meetingModeLabels,
  meetingModes,
  type SlotFormRow,
} from '~/modules/introductions/introduction-fields'
import { timeZoneChoices } from '~/modules/introductions/meeting-time'

const timeZoneOptions = timeZoneChoices.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))
const durationOptions = meetingDurations.map((minutes) => ({
  value: String(minutes),
  label: `${minutes} minutes`,
}))
const modeOptions = meetingModes.map((mode) => ({ value: mode, label: meetingModeLabels[mode] }))

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
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{legend}</legend>
      <p id={slots.descriptionId} className="text-sm text-slate-600">
        {hint}
      </p>
      <div className="max-w-sm">
        <SelectField
          label="Time zone of the times below"
          field={timeZone}
          selectProps={getSelectProps(timeZone)}
          options={timeZoneOptions}
        />
      </div>
      {slots.errors?.length ? (
        <p id={slots.errorId} role="alert" className="text-sm text-red-700">
          {slots.errors.join(' ')}
        </p>
      ) : null}
      <ol className="space-y-4">
        {slots.getFieldList().map((slot, index) => {
          const row = slot.getFieldset()
          return (
            <li key={slot.key}>
              <fieldset className="grid gap-3 sm:grid-cols-5">
                <legend className="mb-1 text-sm font-medium text-slate-700">Time {index + 1}</legend>
                <Field label="Date" field={row.date} inputProps={getInputProps(row.date, { type: 'date' })} />
                <Field
                  label="Start"
                  field={row.time}
                  inputProps={getInputProps(row.time, { type: 'time' })}
                />
                <SelectField
                  label="Length"
                  field={row.durationMinutes}
                  selectProps={getSelectProps(row.durationMinutes)}
                  options={durationOptions}
                />
                <SelectField
                  label="Meeting"
                  field={row.mode}
                  selectProps={getSelectProps(row.mode)}
                  options={modeOptions}
                />
                <Field
                  label="Place or link"
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
