import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
import { Field, FormErrors, SelectField } from '~/components/forms'
import { useIntentResult } from '~/components/use-intent-result'
import { useT } from '~/modules/i18n/use-translation'
import { addTablesSchema, meetingBlockSchema, meetingPlanSchema } from '~/modules/meetings/meeting-fields'
import type { StaffMeetingsData } from '~/routes/staff.events.$id.meetings'
import { IntentButton, useItemErrors } from './intent-button'

export function StaffSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

const submitClass = 'min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700'

export function RulesForm({ data }: { data: StaffMeetingsData }) {
  const texts = useT()
  const t = texts.meetings.staff
  const [form, fields] = useForm({
    id: 'plan',
    lastResult: useIntentResult('plan'),
    defaultValue: data.plan,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: meetingPlanSchema }),
  })
  return (
    <StaffSection id="rules" title={t.rulesTitle}>
      <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="plan" />
        <div className="sm:col-span-2">
          <FormErrors id={form.errorId} errors={form.errors} />
        </div>
        <SelectField
          label={t.mode}
          field={fields.bookingMode}
          selectProps={getSelectProps(fields.bookingMode)}
          options={(['participants', 'organiser'] as const).map((mode) => ({
            value: mode,
            label: texts.meetings.modes[mode],
          }))}
        />
        <SelectField
          label={t.rule}
          field={fields.requestRule}
          selectProps={getSelectProps(fields.requestRule)}
          options={(['eu_japan', 'everyone'] as const).map((rule) => ({
            value: rule,
            label: texts.meetings.rules[rule],
          }))}
        />
        <Field
          label={t.maxPending}
          field={fields.maxPendingRequests}
          inputProps={{ ...getInputProps(fields.maxPendingRequests, { type: 'number' }), min: 1, max: 100 }}
        />
        <Field
          label={t.followUpMonths}
          field={fields.followUpMonths}
          inputProps={{ ...getInputProps(fields.followUpMonths, { type: 'number' }), min: 1, max: 24 }}
        />
        <Field
          label={t.closesDate}
          field={fields.closesDate}
          hint={t.closesHint({ zone: data.event.zone })}
          inputProps={getInputProps(fields.closesDate, { type: 'date' })}
        />
        <Field
          label={t.closesTime}
          field={fields.closesTime}
          inputProps={getInputProps(fields.closesTime, { type: 'time' })}
        />
        <div className="sm:col-span-2">
          <button type="submit" className={submitClass}>
            {t.save}
          </button>
        </div>
      </Form>
    </StaffSection>
  )
}

export function BlocksSection({ data }: { data: StaffMeetingsData }) {
  const t = useT().meetings.staff
  const [form, fields] = useForm({
    id: 'addBlock',
    lastResult: useIntentResult('addBlock'),
    defaultValue: { date: data.event.firstDay, slotMinutes: '20', breakMinutes: '5' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: meetingBlockSchema }),
  })
  return (
    <StaffSection id="blocks" title={t.blocks}>
      {data.blocks.length ? (
        <ul className="space-y-2">
          {data.blocks.map((block) => (
            <li
              key={block.id}
              className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 pb-2"
            >
              <span>
                {t.blockLine({
                  time: block.time,
                  slots: block.slots,
                  minutes: block.slotMinutes,
                  pause: block.breakMinutes,
                })}
              </span>
              <IntentButton
                intent="deleteBlock"
                values={{ blockId: block.id }}
                tone="danger"
                confirmText={t.confirmDeleteBlock}
              >
                {t.deleteBlock}
              </IntentButton>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t.blocksEmpty}</p>
      )}
      <Form method="post" className="grid gap-3 sm:grid-cols-5" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="addBlock" />
        <div className="sm:col-span-5">
          <h3 className="font-semibold">{t.addBlock}</h3>
          <FormErrors id={form.errorId} errors={form.errors} />
        </div>
        <Field label={t.date} field={fields.date} inputProps={getInputProps(fields.date, { type: 'date' })} />
        <Field
          label={t.start}
          field={fields.startTime}
          inputProps={getInputProps(fields.startTime, { type: 'time' })}
        />
        <Field
          label={t.end}
          field={fields.endTime}
          inputProps={getInputProps(fields.endTime, { type: 'time' })}
        />
        <Field
          label={t.slotMinutes}
          field={fields.slotMinutes}
          inputProps={{ ...getInputProps(fields.slotMinutes, { type: 'number' }), min: 5, max: 240 }}
        />
        <Field
          label={t.breakMinutes}
          field={fields.breakMinutes}
          inputProps={{ ...getInputProps(fields.breakMinutes, { type: 'number' }), min: 0, max: 120 }}
        />
        <div className="sm:col-span-5">
          <button type="submit" className={submitClass}>
            {t.addBlock}
          </button>
        </div>
      </Form>
    </StaffSection>
  )
}

export function TablesSection({ data }: { data: StaffMeetingsData }) {
  const t = useT().meetings.staff
  const [form, fields] = useForm({
    id: 'addTables',
    lastResult: useIntentResult('addTables'),
    defaultValue: { count: '10', prefix: 'Table' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addTablesSchema }),
  })
  return (
    <StaffSection id="tables" title={`${t.tables} (${data.tables.length})`}>
      {data.tables.length ? (
        <ul className="grid gap-3 lg:grid-cols-2">
          {data.tables.map((table) => (
            <TableRow key={table.id} table={table} />
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t.tablesEmpty}</p>
      )}
      <Form method="post" className="grid gap-3 sm:grid-cols-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="addTables" />
        <div className="sm:col-span-3">
          <h3 className="font-semibold">{t.addTables}</h3>
          <FormErrors id={form.errorId} errors={form.errors} />
        </div>
        <Field
          label={t.count}
          field={fields.count}
          inputProps={{ ...getInputProps(fields.count, { type: 'number' }), min: 1, max: 200 }}
        />
        <Field
          label={t.prefix}
          field={fields.prefix}
          inputProps={{ ...getInputProps(fields.prefix, { type: 'text' }), maxLength: 40 }}
        />
        <div className="flex items-end">
          <button type="submit" className={submitClass}>
            {t.addTables}
          </button>
        </div>
      </Form>
    </StaffSection>
  )
}

function TableRow({ table }: { table: { id: string; name: string; roomUrl: string | null } }) {
  const texts = useT()
  const t = texts.meetings.staff
  const errors = useItemErrors('table', { tableId: table.id })
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-3">
      <Form method="post" className="grid gap-2 sm:grid-cols-2">
        <input type="hidden" name="intent" value="table" />
        <input type="hidden" name="tableId" value={table.id} />
        <label className="text-sm font-medium">
          {t.tableName}
          <input
            name="name"
            defaultValue={table.name}
            required
            maxLength={60}
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3"
          />
        </label>
        <label className="text-sm font-medium">
          {t.roomUrl}
          <input
            name="roomUrl"
            type="url"
            defaultValue={table.roomUrl ?? ''}
            maxLength={500}
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3"
          />
        </label>
        <div className="sm:col-span-2">
          <FormErrors id={`table-errors-${table.id}`} errors={errors} />
        </div>
        <div>
          <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 font-semibold">
            {t.saveTable}
          </button>
        </div>
      </Form>
      <IntentButton
        intent="deleteTable"
        values={{ tableId: table.id }}
        tone="danger"
        confirmText={t.confirmDeleteTable}
      >
        {t.deleteTable}
      </IntentButton>
    </li>
  )
}
