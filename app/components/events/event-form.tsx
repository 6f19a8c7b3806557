import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from '@remix-run/react'
import {
  CheckboxGroup,
  Field,
  FormErrors,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '~/components/forms'
import type { z } from 'zod'
import {
  eventFormats,
  type eventFormSchema,
  eventInputSchema,
  eventKinds,
  eventTopicFields,
} from '~/modules/events/event-fields'
import type { eventFormValues } from '~/modules/events/event-form-values'
import { useT, useLocale } from '~/modules/i18n/use-translation'
import { timeZoneChoices, zoneCity } from '~/modules/introductions/meeting-time'

export type TopicOptions = Record<(typeof eventTopicFields)[number], { value: string; label: string }[]>

/** The staff form for an event, new or existing: the same fields and checks as the server's. */
export function EventForm({
  lastResult,
  defaultValue,
  topics,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined
  defaultValue: Partial<ReturnType<typeof eventFormValues>>
  topics: TopicOptions
  submitLabel: string
}) {
  const texts = useT()
  const locale = useLocale()
  const t = texts.events.staff.form
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm<z.input<typeof eventFormSchema>, z.output<typeof eventInputSchema>>({
    id: 'event',
    lastResult,
    defaultValue,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: eventInputSchema }),
  })
  const text = (
    name: keyof typeof fields,
    label: string,
    type: 'text' | 'date' | 'time' | 'url' | 'number' = 'text',
    hint?: string,
  ) => (
    <Field
      label={label}
      field={fields[name]}
      hint={hint}
      inputProps={getInputProps(fields[name], { type })}
    />
  )
  const selected = (name: (typeof eventTopicFields)[number]) =>
    (defaultValue[name] as string[] | undefined) ?? []
  const topicLegends = {
    materials: texts.events.list.topicKinds.material,
    technologies: texts.events.list.topicKinds.technology,
    roles: texts.events.list.topicKinds.role,
    streams: texts.events.list.topicKinds.stream,
    markets: texts.events.list.market,
  }
  return (
    <Form method="post" className="space-y-8" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t.basics}</legend>
        {text('title', t.title)}
        {text('titleJa', t.titleJa)}
        <TextAreaField
          label={t.description}
          field={fields.description}
          textareaProps={getTextareaProps(fields.description)}
        />
        <TextAreaField
          label={t.descriptionJa}
          field={fields.descriptionJa}
          textareaProps={getTextareaProps(fields.descriptionJa)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t.kind}
            field={fields.kind}
            selectProps={getSelectProps(fields.kind)}
            placeholder={t.chooseKind}
            options={eventKinds.map((kind) => ({ value: kind, label: texts.events.kinds[kind] }))}
          />
          <SelectField
            label={t.format}
            field={fields.format}
            selectProps={getSelectProps(fields.format)}
            placeholder={t.chooseFormat}
            options={eventFormats.map((format) => ({ value: format, label: texts.events.formats[format] }))}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t.time}</legend>
        <SelectField
          label={t.timeZone}
          field={fields.timeZone}
          selectProps={getSelectProps(fields.timeZone)}
          options={timeZoneChoices.map((zone) => ({
            value: zone,
            label: `${zoneCity(zone, locale)} (${zone})`,
          }))}
        />
        <div className="grid gap-4 sm:grid-cols-4">
          {text('startDate', t.startDate, 'date')}
          {text('startTime', t.startTime, 'time')}
          {text('endDate', t.endDate, 'date')}
          {text('endTime', t.endTime, 'time')}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t.place}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {text('city', t.city)}
          {text('venue', t.venue)}
        </div>
        {text('meetingUrl', t.meetingUrl, 'url', t.meetingUrlHint)}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t.topics}</legend>
        {eventTopicFields.map((name) => (
          <details
            key={name}
            open={selected(name).length > 0}
            className="rounded-md border border-slate-200 p-3"
          >
            <summary className="cursor-pointer font-medium">
              {topicLegends[name]}
              {selected(name).length ? ` (${selected(name).length})` : ''}
            </summary>
            <div className="mt-3">
              <CheckboxGroup
                legend={topicLegends[name]}
                name={fields[name].name}
                field={fields[name]}
                options={topics[name]}
                selected={selected(name)}
              />
            </div>
          </details>
        ))}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t.agendaAndContacts}</legend>
        <TextAreaField
          label={t.agenda}
          field={fields.agenda}
          hint={t.agendaHint}
          textareaProps={getTextareaProps(fields.agenda)}
        />
        <TextAreaField
          label={t.contacts}
          field={fields.contacts}
          hint={t.contactsHint}
          textareaProps={{ ...getTextareaProps(fields.contacts), rows: 3 }}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t.registration}</legend>
        {text('question', t.question)}
        {text('questionJa', t.questionJa)}
        {text('capacity', t.capacity, 'number', t.capacityHint)}
        <div className="grid gap-4 sm:grid-cols-4">
          {text('opensDate', t.opensDate, 'date')}
          {text('opensTime', t.opensTime, 'time')}
          {text('closesDate', t.closesDate, 'date')}
          {text('closesTime', t.closesTime, 'time')}
        </div>
        {(['needsApproval', 'participantsShown'] as const).map((name) => (
          <label key={name} className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name={fields[name].name}
              defaultChecked={defaultValue[name] === 'on'}
              className="h-5 w-5 rounded border-slate-400"
            />
            {t[name]}
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-slate-600">{t.changeNotice}</p>
      <div className="max-w-xs">
        <SubmitButton pending={pending}>{pending ? t.saving : submitLabel}</SubmitButton>
      </div>
    </Form>
  )
}
