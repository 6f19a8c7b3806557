/** The sections and forms of an introduction's page (app/routes/introductions.$id.tsx). */
import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from '@remix-run/react'
import type { ReactNode } from 'react'
import { type z } from 'zod'
import { FieldErrors, FormErrors, SubmitButton, TextAreaField } from '~/components/forms'
import { MeetingTime } from '~/components/introductions/meeting-time'
import { SlotRows } from '~/components/introductions/slot-rows'
import { OrganisationName } from '~/components/organisation-name'
import { useIntentResult } from '~/components/use-intent-result'
import type { IntroductionPageData } from '~/routes/introductions.$id'
import { useT } from '~/modules/i18n/use-translation'
import {
  acceptSchema,
  declineSchema,
  emptySlotRows,
  proposeSlotsSchema,
  staffNoteSchema,
  threadMessageSchema,
  type SlotFormRow,
} from '~/modules/introductions/introduction-fields'

type PageData = IntroductionPageData
type SlotView = PageData['slots'][number]

export function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

export function SlotDetails({ slot }: { slot: SlotView }) {
  const t = useT().introductions
  return (
    <>
      <MeetingTime time={slot.time} />
      <span className="block text-sm text-slate-600">
        {t.minutes({ count: slot.durationMinutes })} · {t.modes[slot.mode]}
        {slot.location ? <span translate="no"> · {slot.location}</span> : null}
      </span>
    </>
  )
}

export function Contacts({ data }: { data: PageData }) {
  const t = useT().introductions.page
  if (!data.from.contact || !data.to.contact) return null
  return (
    <Section title={t.contacts} id="contacts">
      <dl className="grid gap-4 sm:grid-cols-2">
        {[data.from, data.to].map((organisation) => (
          <div key={organisation.slug}>
            <dt className="font-medium">
              <OrganisationName {...organisation} />
            </dt>
            <dd className="text-slate-700" translate="no">
              {organisation.contact?.name ?? t.noContact}
              {organisation.contact?.email ? (
                <>
                  {' · '}
                  <a href={`mailto:${organisation.contact.email}`} className="underline">
                    {organisation.contact.email}
                  </a>
                </>
              ) : null}
              {organisation.contact?.phone ? ` · ${organisation.contact.phone}` : null}
            </dd>
          </div>
        ))}
        {data.sender ? (
          <div>
            <dt className="font-medium">{t.sentBy}</dt>
            <dd className="text-slate-700" translate="no">
              {data.sender.displayName} ·{' '}
              <a href={`mailto:${data.sender.email}`} className="underline">
                {data.sender.email}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </Section>
  )
}

export function AnswerForms({ data }: { data: PageData }) {
  const lastResult = useIntentResult('accept')
  const pending = useNavigation().state === 'submitting'
  const t = useT().introductions.page
  const [form, fields] = useForm<
    { choice: string; timeZone: string; slots: SlotFormRow[] },
    z.infer<typeof acceptSchema>
  >({
    id: 'accept',
    lastResult,
    defaultValue: {
      choice: data.slots.find((slot) => slot.canConfirm) ? '' : 'later',
      timeZone: data.timeZone,
      slots: emptySlotRows(),
    },
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: acceptSchema }),
  })
  const choices = [
    ...data.slots
      .filter((slot) => slot.canConfirm)
      .map((slot) => ({ value: `slot:${slot.id}`, label: <SlotDetails slot={slot} /> })),
    { value: 'propose', label: <>{t.proposeOther}</> },
    { value: 'later', label: <>{t.agreeLater}</> },
  ]
  return (
    <Section title={t.answer} id="answer">
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="accept" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset aria-describedby={fields.choice.errors?.length ? fields.choice.errorId : undefined}>
          <legend className="text-sm font-semibold text-slate-800">{t.acceptLegend}</legend>
          <ul className="mt-2 space-y-2">
            {choices.map((choice) => (
              <li key={choice.value}>
                <label htmlFor={`choice-${choice.value}`} className="flex items-start gap-2">
                  <input
                    type="radio"
                    id={`choice-${choice.value}`}
                    name={fields.choice.name}
                    value={choice.value}
                    defaultChecked={fields.choice.initialValue === choice.value}
                    className="mt-1 h-4 w-4 shrink-0"
                  />
                  <span>{choice.label}</span>
                </label>
              </li>
            ))}
          </ul>
          <FieldErrors id={fields.choice.errorId} errors={fields.choice.errors} />
        </fieldset>
        <SlotRows
          legend={t.otherTimes}
          hint={t.otherTimesHint}
          timeZone={fields.timeZone}
          slots={fields.slots}
        />
        <div className="max-w-xs">
          <SubmitButton pending={pending}>{t.accept}</SubmitButton>
        </div>
      </Form>
      <DeclineForm />
    </Section>
  )
}

export function DeclineForm() {
  const lastResult = useIntentResult('decline')
  const t = useT().introductions.page
  const [form, fields] = useForm({
    id: 'decline',
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: declineSchema }),
  })
  return (
    <details className="rounded-md border border-red-200 p-4" open={Boolean(lastResult)}>
      <summary className="cursor-pointer font-medium text-red-800">{t.declineSummary}</summary>
      <Form method="post" className="mt-3 space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="decline" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextAreaField
          label={t.declineReason2}
          hint={t.declineHint}
          field={fields.reason}
          textareaProps={{ ...getTextareaProps(fields.reason), rows: 3 }}
        />
        <button
          type="submit"
          className="rounded-md border border-red-300 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50"
        >
          {t.decline}
        </button>
      </Form>
    </details>
  )
}

export function WithdrawForm() {
  const lastResult = useIntentResult('withdraw')
  const t = useT().introductions.page
  const [form] = useForm({ id: 'withdraw', lastResult })
  return (
    <details className="rounded-md border border-slate-200 bg-white p-4" open={Boolean(lastResult)}>
      <summary className="cursor-pointer font-medium">{t.withdrawSummary}</summary>
      <Form method="post" className="mt-3 space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="withdraw" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <p className="text-slate-700">{t.withdrawExplain}</p>
        <button
          type="submit"
          className="rounded-md border border-red-300 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50"
        >
          {t.withdraw}
        </button>
      </Form>
    </details>
  )
}

export function MeetingSection({ data }: { data: PageData }) {
  const confirmResult = useIntentResult('confirm') as { error?: Record<string, string[]> } | undefined
  const confirmErrors = confirmResult?.error?.[''] ?? []
  const lastResult = useIntentResult('propose')
  const [form, fields] = useForm<
    { timeZone: string; slots: SlotFormRow[] },
    z.infer<typeof proposeSlotsSchema>
  >({
    id: 'propose',
    lastResult,
    defaultValue: { timeZone: data.timeZone, slots: emptySlotRows() },
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: proposeSlotsSchema }),
  })
  const mine = data.side === 'sender' ? 'sender' : 'recipient'
  const t = useT().introductions.page
  return (
    <Section title={t.meeting} id="meeting">
      {data.meeting ? (
        <div className="rounded-md border border-emerald-200 bg-emerald-50 p-4">
          <p className="font-semibold text-emerald-900">{t.confirmed}</p>
          <SlotDetails slot={data.meeting} />
          <a
            href={`/introductions/${data.id}/meeting.ics`}
            download
            className="mt-2 inline-flex min-h-11 items-center rounded-md border border-emerald-300 px-3 py-1.5 text-sm font-medium hover:bg-emerald-100"
          >
            {t.addToCalendar}
          </a>
        </div>
      ) : (
        <p className="text-slate-700">{t.noMeeting}</p>
      )}
      {confirmErrors.length ? <FormErrors id="confirm-errors" errors={confirmErrors} /> : null}
      {data.meeting ? (
        <OtherTimes data={data} mine={mine} />
      ) : data.slots.length ? (
        <ul className="space-y-3">
          {data.slots.map((slot) => (
            <li key={slot.id} className="flex flex-wrap items-start justify-between gap-3 border-t pt-3">
              <ProposedSlot data={data} slot={slot} mine={mine} />
              {slot.canConfirm && data.can.arrangeMeeting ? (
                <ConfirmSlotButton slotId={slot.id}>{t.confirmTime}</ConfirmSlotButton>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {data.can.arrangeMeeting ? (
        <details className="rounded-md border border-slate-200 p-4" open={Boolean(lastResult)}>
          <summary className="min-h-11 cursor-pointer py-2 font-medium">
            {data.meeting ? t.reschedule : t.proposeTimes}
          </summary>
          {data.meeting && data.slots.some((slot) => slot.canConfirm) ? (
            <div className="mt-3 space-y-2">
              <p className="text-sm font-medium">{t.moveToProposed}</p>
              <ul className="space-y-2">
                {data.slots
                  .filter((slot) => slot.canConfirm)
                  .map((slot) => (
                    <li key={slot.id} className="flex flex-wrap items-center justify-between gap-3">
                      <SlotDetails slot={slot} />
                      <ConfirmSlotButton slotId={slot.id} quiet>
                        {t.moveMeeting}
                      </ConfirmSlotButton>
                    </li>
                  ))}
              </ul>
            </div>
          ) : null}
          <Form method="post" className="mt-3 space-y-4" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="propose" />
            <FormErrors id={form.errorId} errors={form.errors} />
            <SlotRows
              legend={t.timesYouPropose}
              hint={t.timesHint}
              timeZone={fields.timeZone}
              slots={fields.slots}
            />
            <div className="max-w-xs">
              <SubmitButton>{t.sendTimes}</SubmitButton>
            </div>
          </Form>
        </details>
      ) : null}
    </Section>
  )
}

type Slot = PageData['slots'][number]

function ProposedSlot({ data, slot, mine }: { data: PageData; slot: Slot; mine: string }) {
  const t = useT().introductions.page
  return (
    <div>
      <p className="text-sm text-slate-600">
        {t.proposedBy} <OrganisationName {...(slot.proposedBy === 'sender' ? data.from : data.to)} />
        {data.side !== 'staff' && slot.proposedBy === mine ? <> {t.you}</> : null}
      </p>
      <SlotDetails slot={slot} />
    </div>
  )
}

/** Once a time is agreed, the other proposals are listed as not chosen; moving to one is part of rescheduling. */
function OtherTimes({ data, mine }: { data: PageData; mine: string }) {
  const t = useT().introductions.page
  const others = data.slots.filter((slot) => slot.id !== data.meeting?.id)
  if (!others.length) return null
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-700">{t.timesNotChosen}</h3>
      <ul className="space-y-3 text-slate-600">
        {others.map((slot) => (
          <li key={slot.id} className="flex flex-wrap items-start justify-between gap-3 border-t pt-3">
            <ProposedSlot data={data} slot={slot} mine={mine} />
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
              {t.notChosen}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function ConfirmSlotButton({
  slotId,
  quiet,
  children,
}: {
  slotId: string
  quiet?: boolean
  children: ReactNode
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="confirm" />
      <input type="hidden" name="slotId" value={slotId} />
      <button
        type="submit"
        className={
          quiet
            ? 'min-h-11 rounded-md border border-slate-300 px-3 text-sm font-semibold hover:bg-slate-50'
            : 'min-h-11 rounded-md bg-brand-600 px-3 text-sm font-semibold text-white hover:bg-brand-700'
        }
      >
        {children}
      </button>
    </Form>
  )
}

export function TextForm({
  intent,
  label,
  button,
}: {
  intent: 'message' | 'note'
  label: string
  button: string
}) {
  const lastResult = useIntentResult(intent)
  const schema = intent === 'message' ? threadMessageSchema : staffNoteSchema
  const [form, fields] = useForm({
    id: intent,
    lastResult,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  })
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextAreaField
        label={label}
        field={fields.body}
        textareaProps={{ ...getTextareaProps(fields.body), rows: 3 }}
      />
      <div className="max-w-xs">
        <SubmitButton>{button}</SubmitButton>
      </div>
    </Form>
  )
}

type Entry = { id: string; author: string; at: string; body: string }

/** Messages and staff notes: who wrote, when, and what, oldest first; a sentence when there are none. */
function EntryList({ entries, empty, tone }: { entries: Entry[]; empty: string; tone: 'message' | 'note' }) {
  if (!entries.length) return <p className="text-slate-700">{empty}</p>
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className={`rounded-md p-3 ${tone === 'note' ? 'bg-amber-50' : 'bg-slate-50'}`}>
          <p className="text-sm text-slate-600">
            <span translate="no">{entry.author}</span> · {entry.at}
          </p>
          <p className="whitespace-pre-line" translate="no">
            {entry.body}
          </p>
        </li>
      ))}
    </ol>
  )
}

export function Thread({ data }: { data: PageData }) {
  const t = useT().introductions.page
  return (
    <Section title={t.messages} id="thread">
      <EntryList entries={data.messages} empty={t.noMessages} tone="message" />
      {data.can.write ? <TextForm intent="message" label={t.yourMessage} button={t.sendMessage} /> : null}
    </Section>
  )
}

/** The Centre's notes on an introduction, which only staff see and write. */
export function StaffNotes({ data }: { data: PageData }) {
  const t = useT().introductions.page
  return (
    <Section title={t.notes} id="notes">
      <EntryList entries={data.notes} empty={t.noNotes} tone="note" />
      <TextForm intent="note" label={t.internalNote} button={t.addNote} />
    </Section>
  )
}
