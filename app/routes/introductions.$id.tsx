import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation, useRouteError, useSearchParams } from '@remix-run/react'
import type { ReactNode } from 'react'
import { z } from 'zod'
import { ErrorPage } from '~/components/error-page'
import { FormErrors, SubmitButton, TextAreaField } from '~/components/forms'
import { IntroductionStatusBadge } from '~/components/introductions/introduction-status'
import { MeetingTime } from '~/components/introductions/meeting-time'
import { SlotRows } from '~/components/introductions/slot-rows'
import { useIntentResult } from '~/components/use-intent-result'
import { requireIntroductionViewer } from '~/modules/introductions/access.server'
import { addStaffNote } from '~/modules/introductions/brokering.server'
import {
  acceptSchema,
  declineSchema,
  emptySlotRows,
  meetingModeLabels,
  proposeSlotsSchema,
  staffNoteSchema,
  threadMessageSchema,
  type SlotFormRow,
} from '~/modules/introductions/introduction-fields'
import { introductionPageData } from '~/modules/introductions/introduction-page.server'
import {
  acceptIntroduction,
  declineIntroduction,
  withdrawIntroduction,
} from '~/modules/introductions/introductions.server'
import { confirmMeetingSlot, proposeMeetingSlots } from '~/modules/introductions/meetings.server'
import { IntroductionRuleError } from '~/modules/introductions/rules'
import { postThreadMessage } from '~/modules/introductions/thread.server'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Introduction: ${data.from.name} and ${data.to.name} | EU-Japan Circular Metals`
      : 'Introduction | EU-Japan Circular Metals',
  },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireIntroductionViewer(request, params.id ?? '')
  return json(introductionPageData(viewer, viewer.timeZone, await loadTermLabels()))
}

const intents = ['accept', 'decline', 'withdraw', 'propose', 'confirm', 'message', 'note'] as const
type Intent = (typeof intents)[number]
const intentSchema = z.object({ intent: z.enum(intents) })

const forbidden = () => new Response('You cannot do this on this introduction.', { status: 403 })

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireIntroductionViewer(request, params.id ?? '')
  const formData = await request.formData()
  const parsedIntent = intentSchema.safeParse({ intent: formData.get('intent') })
  if (!parsedIntent.success) throw new Response('That request was not understood.', { status: 400 })
  const intent: Intent = parsedIntent.data.intent
  const introductionId = viewer.request.id
  const organisationId = viewer.organisationId
  const staffIntent = intent === 'note'
  if (staffIntent ? viewer.side !== 'staff' : viewer.side === 'staff' || !organisationId) throw forbidden()

  const reply = (result: unknown, status = 400) => json({ intent, result }, { status })
  const run = async (
    change: () => Promise<unknown>,
    submission: { reply: (options?: object) => unknown },
  ) => {
    try {
      await change()
    } catch (error) {
      if (!(error instanceof IntroductionRuleError)) throw error
      return reply(submission.reply({ formErrors: [error.message] }), 409)
    }
    return redirect(`/introductions/${introductionId}?done=${intent}`)
  }

  switch (intent) {
    case 'accept': {
      const submission = parseWithZod(formData, { schema: acceptSchema })
      if (submission.status !== 'success') return reply(submission.reply())
      const { choice, timeZone, slots } = submission.value
      return run(
        () =>
          acceptIntroduction({
            introductionId,
            organisationId: organisationId!,
            ...(choice.startsWith('slot:') ? { slotId: choice.slice('slot:'.length) } : {}),
            ...(choice === 'propose' ? { counterProposal: { timeZone, slots } } : {}),
          }),
        submission,
      )
    }
    case 'decline': {
      const submission = parseWithZod(formData, { schema: declineSchema })
      if (submission.status !== 'success') return reply(submission.reply())
      return run(
        () => declineIntroduction({ introductionId, organisationId: organisationId!, ...submission.value }),
        submission,
      )
    }
    case 'withdraw': {
      const submission = parseWithZod(formData, { schema: z.object({}) })
      return run(() => withdrawIntroduction({ introductionId, organisationId: organisationId! }), submission)
    }
    case 'propose': {
      const submission = parseWithZod(formData, { schema: proposeSlotsSchema })
      if (submission.status !== 'success') return reply(submission.reply())
      return run(
        () =>
          proposeMeetingSlots({
            introductionId,
            organisationId: organisationId!,
            proposal: submission.value,
          }),
        submission,
      )
    }
    case 'confirm': {
      const submission = parseWithZod(formData, { schema: z.object({ slotId: z.string().min(1) }) })
      if (submission.status !== 'success') return reply(submission.reply())
      return run(
        () => confirmMeetingSlot({ introductionId, organisationId: organisationId!, ...submission.value }),
        submission,
      )
    }
    case 'message': {
      const submission = parseWithZod(formData, { schema: threadMessageSchema })
      if (submission.status !== 'success') return reply(submission.reply())
      return run(
        () =>
          postThreadMessage({
            introductionId,
            organisationId: organisationId!,
            authorId: viewer.user.id,
            body: submission.value.body,
          }),
        submission,
      )
    }
    case 'note': {
      const submission = parseWithZod(formData, { schema: staffNoteSchema })
      if (submission.status !== 'success') return reply(submission.reply())
      return run(
        () => addStaffNote({ staffId: viewer.user.id, introductionId, body: submission.value.body }),
        submission,
      )
    }
  }
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>
type SlotView = PageData['slots'][number]

const doneMessages: Record<string, string> = {
  accept: 'You accepted the introduction. Contacts are now visible to both sides.',
  decline: 'You declined the request. The sender is told.',
  withdraw: 'You withdrew the request.',
  propose: 'Your proposed times were sent.',
  confirm: 'The meeting time is confirmed. Both sides can add it to their calendars.',
  message: 'Message sent.',
  note: 'Note added.',
  broker: 'The two organisations are introduced and both are told.',
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
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

function SlotDetails({ slot }: { slot: SlotView }) {
  return (
    <>
      <MeetingTime time={slot.time} />
      <span className="block text-sm text-slate-600">
        {slot.durationMinutes} minutes · {meetingModeLabels[slot.mode]}
        {slot.location ? ` · ${slot.location}` : ''}
      </span>
    </>
  )
}

function Contacts({ data }: { data: PageData }) {
  if (!data.from.contact || !data.to.contact) return null
  return (
    <Section title="Contacts" id="contacts">
      <dl className="grid gap-4 sm:grid-cols-2">
        {[data.from, data.to].map((organisation) => (
          <div key={organisation.slug}>
            <dt className="font-medium">{organisation.name}</dt>
            <dd className="text-slate-700">
              {organisation.contact?.name ?? 'No contact person given'}
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
            <dt className="font-medium">Sent by</dt>
            <dd className="text-slate-700">
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

function AnswerForms({ data }: { data: PageData }) {
  const lastResult = useIntentResult('accept')
  const pending = useNavigation().state === 'submitting'
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
    { value: 'propose', label: <>None of these: I propose other times (below)</> },
    { value: 'later', label: <>Accept now and agree on a time in the messages</> },
  ]
  return (
    <Section title="Your answer" id="answer">
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="accept" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset aria-describedby={fields.choice.errors?.length ? fields.choice.errorId : undefined}>
          <legend className="text-sm font-semibold text-slate-800">Accept, with a meeting time</legend>
          <ul className="mt-2 space-y-2">
            {choices.map((choice) => (
              <li key={choice.value} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={`choice-${choice.value}`}
                  name={fields.choice.name}
                  value={choice.value}
                  defaultChecked={fields.choice.initialValue === choice.value}
                  className="mt-1 h-4 w-4"
                />
                <label htmlFor={`choice-${choice.value}`}>{choice.label}</label>
              </li>
            ))}
          </ul>
          <p id={fields.choice.errorId} className="text-sm text-red-700">
            {fields.choice.errors?.join(' ')}
          </p>
        </fieldset>
        <SlotRows
          legend="Other times you propose"
          hint="Only if you chose “None of these”. Entered in the zone you select; the sender sees them in theirs and in Brussels and Tokyo time."
          timeZone={fields.timeZone}
          slots={fields.slots}
        />
        <div className="max-w-xs">
          <SubmitButton pending={pending}>Accept the introduction</SubmitButton>
        </div>
      </Form>
      <DeclineForm />
    </Section>
  )
}

function DeclineForm() {
  const lastResult = useIntentResult('decline')
  const [form, fields] = useForm({
    id: 'decline',
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: declineSchema }),
  })
  return (
    <details className="rounded-md border border-red-200 p-4" open={Boolean(lastResult)}>
      <summary className="cursor-pointer font-medium text-red-800">Decline this request…</summary>
      <Form method="post" className="mt-3 space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="decline" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextAreaField
          label="Reason (optional)"
          hint="Only the sender and Centre staff see it; it never appears in the directory."
          field={fields.reason}
          textareaProps={{ ...getTextareaProps(fields.reason), rows: 3 }}
        />
        <button
          type="submit"
          className="rounded-md border border-red-300 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50"
        >
          Decline the request
        </button>
      </Form>
    </details>
  )
}

function WithdrawForm() {
  const lastResult = useIntentResult('withdraw')
  const [form] = useForm({ id: 'withdraw', lastResult })
  return (
    <details className="rounded-md border border-slate-200 bg-white p-4" open={Boolean(lastResult)}>
      <summary className="cursor-pointer font-medium">Withdraw this request…</summary>
      <Form method="post" className="mt-3 space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="withdraw" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <p className="text-slate-700">The other organisation is told, and the request closes for good.</p>
        <button
          type="submit"
          className="rounded-md border border-red-300 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50"
        >
          Yes, withdraw it
        </button>
      </Form>
    </details>
  )
}

function MeetingSection({ data }: { data: PageData }) {
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
  return (
    <Section title="Meeting" id="meeting">
      {data.meeting ? (
        <div className="rounded-md border border-emerald-200 bg-emerald-50 p-4">
          <p className="font-semibold text-emerald-900">Confirmed meeting</p>
          <SlotDetails slot={data.meeting} />
          <a
            href={`/introductions/${data.id}/meeting.ics`}
            download
            className="mt-2 inline-block rounded-md border border-emerald-300 px-3 py-1.5 text-sm font-medium hover:bg-emerald-100"
          >
            Add to calendar (.ics)
          </a>
        </div>
      ) : (
        <p className="text-slate-700">No meeting time is confirmed yet.</p>
      )}
      {confirmErrors.length ? <FormErrors id="confirm-errors" errors={confirmErrors} /> : null}
      {data.slots.length ? (
        <ul className="space-y-3">
          {data.slots.map((slot) => (
            <li key={slot.id} className="flex flex-wrap items-start justify-between gap-3 border-t pt-3">
              <div>
                <p className="text-sm text-slate-600">
                  Proposed by {slot.proposedBy === 'sender' ? data.from.name : data.to.name}
                  {data.side !== 'staff' && slot.proposedBy === mine ? ' (you)' : ''}
                </p>
                <SlotDetails slot={slot} />
              </div>
              {slot.canConfirm && data.can.arrangeMeeting ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="confirm" />
                  <input type="hidden" name="slotId" value={slot.id} />
                  <button
                    type="submit"
                    className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
                  >
                    {data.meeting ? 'Move the meeting to this time' : 'Confirm this time'}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {data.can.arrangeMeeting ? (
        <details className="rounded-md border border-slate-200 p-4" open={Boolean(lastResult)}>
          <summary className="cursor-pointer font-medium">
            {data.meeting ? 'Propose a new time (reschedule)…' : 'Propose meeting times…'}
          </summary>
          <Form method="post" className="mt-3 space-y-4" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="propose" />
            <FormErrors id={form.errorId} errors={form.errors} />
            <SlotRows
              legend="Times you propose"
              hint="The other side confirms one. Your earlier proposals that were not confirmed are replaced."
              timeZone={fields.timeZone}
              slots={fields.slots}
            />
            <div className="max-w-xs">
              <SubmitButton>Send these times</SubmitButton>
            </div>
          </Form>
        </details>
      ) : null}
    </Section>
  )
}

function TextForm({ intent, label, button }: { intent: 'message' | 'note'; label: string; button: string }) {
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

function Thread({ data }: { data: PageData }) {
  return (
    <Section title="Messages" id="thread">
      {data.messages.length ? (
        <ol className="space-y-3">
          {data.messages.map((message) => (
            <li key={message.id} className="rounded-md bg-slate-50 p-3">
              <p className="text-sm text-slate-600">
                {message.author} · {message.at}
              </p>
              <p className="whitespace-pre-line">{message.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-slate-700">No messages yet.</p>
      )}
      {data.can.write ? <TextForm intent="message" label="Your message" button="Send message" /> : null}
    </Section>
  )
}

export default function IntroductionPage() {
  const data = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const done = searchParams.get('done') ?? (searchParams.get('sent') ? 'sent' : null)
  const doneMessage = done === 'sent' ? 'Your request was sent.' : done ? doneMessages[done] : null
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <Link
        to={data.side === 'staff' ? '/staff/introductions' : '/introductions'}
        className="text-sm font-medium text-brand-700 underline"
      >
        ← {data.side === 'staff' ? 'All introductions' : 'My introductions'}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">
          {data.from.name} → {data.to.name}
        </h1>
        <IntroductionStatusBadge status={data.status} />
      </div>
      <div aria-live="polite">
        {doneMessage ? (
          <p
            role="status"
            className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
          >
            {doneMessage}
          </p>
        ) : null}
      </div>
      <Section title="Request" id="request">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">From</dt>
          <dd>
            <Link to={`/organisations/${data.from.slug}`} className="underline">
              {data.from.name}
            </Link>{' '}
            ({data.from.country})
          </dd>
          <dt className="font-medium">To</dt>
          <dd>
            <Link to={`/organisations/${data.to.slug}`} className="underline">
              {data.to.name}
            </Link>{' '}
            ({data.to.country})
          </dd>
          <dt className="font-medium">Purpose</dt>
          <dd>{data.purpose}</dd>
          {data.brokeredBy ? (
            <>
              <dt className="font-medium">Brokered by</dt>
              <dd>the EU-Japan Centre ({data.brokeredBy})</dd>
            </>
          ) : null}
          <dt className="font-medium">Sent</dt>
          <dd>{data.createdAt}</dd>
          {data.expiresAt ? (
            <>
              <dt className="font-medium">Expires if unanswered</dt>
              <dd>{data.expiresAt}</dd>
            </>
          ) : null}
          {data.respondedAt ? (
            <>
              <dt className="font-medium">Answered</dt>
              <dd>{data.respondedAt}</dd>
            </>
          ) : null}
          {data.closedAt ? (
            <>
              <dt className="font-medium">Closed</dt>
              <dd>{data.closedAt}</dd>
            </>
          ) : null}
          {data.declineReason ? (
            <>
              <dt className="font-medium">Reason for declining</dt>
              <dd>{data.declineReason}</dd>
            </>
          ) : null}
        </dl>
        <p className="text-sm text-slate-600">
          Times are shown in {data.timeZone.replaceAll('_', ' ')} time.
        </p>
        <blockquote className="border-l-4 border-brand-100 pl-4 whitespace-pre-line text-slate-800">
          {data.message}
        </blockquote>
      </Section>
      <Contacts data={data} />
      {data.can.answer ? <AnswerForms data={data} /> : null}
      {data.can.withdraw ? <WithdrawForm /> : null}
      {data.status === 'accepted' || data.slots.length ? (
        data.status === 'accepted' ? (
          <MeetingSection data={data} />
        ) : data.can.answer ? null : (
          <Section title="Proposed meeting times" id="proposed">
            <ul className="space-y-3">
              {data.slots.map((slot) => (
                <li key={slot.id}>
                  <SlotDetails slot={slot} />
                </li>
              ))}
            </ul>
          </Section>
        )
      ) : null}
      {data.status === 'accepted' ? <Thread data={data} /> : null}
      {data.can.addNote ? (
        <Section title="Staff notes (never shown to the organisations)" id="notes">
          {data.notes.length ? (
            <ol className="space-y-2">
              {data.notes.map((note) => (
                <li key={note.id} className="rounded-md bg-amber-50 p-3">
                  <p className="text-sm text-slate-600">
                    {note.author} · {note.at}
                  </p>
                  <p className="whitespace-pre-line">{note.body}</p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-slate-700">No notes yet.</p>
          )}
          <TextForm intent="note" label="Internal note" button="Add note" />
        </Section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
