import { organisationNameIn } from '~/modules/profiles/organisation-names'
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
import { FieldErrors, FormErrors, SubmitButton, TextAreaField } from '~/components/forms'
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

import { postThreadMessage } from '~/modules/introductions/thread.server'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'
import { OrganisationName } from '~/components/organisation-name'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { metaLocale, metaMessages } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResult } from '~/utils/refusals.server'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaMessages(matches)
  const name = (organisation: { name: string; nameJa: string | null }) =>
    organisationNameIn(organisation, metaLocale(matches))
  const page = data ? `${name(data.from)} → ${name(data.to)}` : t.introductions.page.title
  return [{ title: t.common.pageTitle({ page }) }]
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireIntroductionViewer(request, params.id ?? '')
  const locale = resolveLocale(request, viewer.user.locale)
  return json(introductionPageData(viewer, viewer.timeZone, await loadTermLabels(locale), locale))
}

type Acting = { introductionId: string; organisationId: string; userId: string }

/** One entry per intent: what its form sends, and the module call it makes. */
const intent = <Schema extends z.ZodTypeAny>(
  schema: Schema,
  run: (acting: Acting, value: z.infer<Schema>) => Promise<unknown>,
) => ({ schema, run })

const intentTable = {
  accept: intent(acceptSchema, (acting, { choice, timeZone, slots }) =>
    acceptIntroduction({
      ...acting,
      ...(choice.startsWith('slot:') ? { slotId: choice.slice('slot:'.length) } : {}),
      ...(choice === 'propose' ? { counterProposal: { timeZone, slots } } : {}),
    }),
  ),
  decline: intent(declineSchema, (acting, value) => declineIntroduction({ ...acting, ...value })),
  withdraw: intent(z.object({}), (acting) => withdrawIntroduction(acting)),
  propose: intent(proposeSlotsSchema, (acting, proposal) => proposeMeetingSlots({ ...acting, proposal })),
  confirm: intent(z.object({ slotId: z.string().min(1) }), (acting, value) =>
    confirmMeetingSlot({ ...acting, ...value }),
  ),
  message: intent(threadMessageSchema, (acting, { body }) =>
    postThreadMessage({ ...acting, authorId: acting.userId, body }),
  ),
  note: intent(staffNoteSchema, (acting, { body }) =>
    addStaffNote({ staffId: acting.userId, introductionId: acting.introductionId, body }),
  ),
}
type Intent = keyof typeof intentTable
const intentSchema = z.object({ intent: z.enum(Object.keys(intentTable) as [Intent, ...Intent[]]) })

const forbidden = () => new Response(errorMessage('notOnThisIntroduction'), { status: 403 })

export async function action({ request, params, context }: ActionFunctionArgs) {
  const viewer = await requireIntroductionViewer(request, params.id ?? '')
  const formData = await readForm(request, context)
  const parsedIntent = intentSchema.safeParse({ intent: formData.get('intent') })
  if (!parsedIntent.success) throw new Response(errorMessage('notUnderstood'), { status: 400 })
  const chosen: Intent = parsedIntent.data.intent
  // Staff add notes; the two organisations do the rest (each module checks which of the two may).
  const staffIntent = chosen === 'note'
  if (staffIntent ? viewer.side !== 'staff' : viewer.side === 'staff' || !viewer.organisationId)
    throw forbidden()

  const reply = (result: unknown, status = 400) => json({ intent: chosen, result }, { status })
  const { schema, run } = intentTable[chosen] as ReturnType<typeof intent<z.ZodTypeAny>>
  const submission = parseWithZod(formData, { schema })
  if (submission.status !== 'success') return reply(submission.reply())
  const acting = {
    introductionId: viewer.request.id,
    organisationId: viewer.organisationId ?? '',
    userId: viewer.user.id,
  }
  try {
    await run(acting, submission.value)
  } catch (error) {
    const { result, status } = refusalResult(submission, error)
    return reply(result, status)
  }
  return redirect(`/introductions/${acting.introductionId}?done=${chosen}`)
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>
type SlotView = PageData['slots'][number]

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

function Contacts({ data }: { data: PageData }) {
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

function AnswerForms({ data }: { data: PageData }) {
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

function DeclineForm() {
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

function WithdrawForm() {
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
            className="mt-2 inline-block rounded-md border border-emerald-300 px-3 py-1.5 text-sm font-medium hover:bg-emerald-100"
          >
            {t.addToCalendar}
          </a>
        </div>
      ) : (
        <p className="text-slate-700">{t.noMeeting}</p>
      )}
      {confirmErrors.length ? <FormErrors id="confirm-errors" errors={confirmErrors} /> : null}
      {data.slots.length ? (
        <ul className="space-y-3">
          {data.slots.map((slot) => (
            <li key={slot.id} className="flex flex-wrap items-start justify-between gap-3 border-t pt-3">
              <div>
                <p className="text-sm text-slate-600">
                  {t.proposedBy}{' '}
                  <OrganisationName {...(slot.proposedBy === 'sender' ? data.from : data.to)} />
                  {data.side !== 'staff' && slot.proposedBy === mine ? <> {t.you}</> : null}
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
                    {data.meeting ? t.moveMeeting : t.confirmTime}
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
            {data.meeting ? t.reschedule : t.proposeTimes}
          </summary>
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
  const t = useT().introductions.page
  return (
    <Section title={t.messages} id="thread">
      {data.messages.length ? (
        <ol className="space-y-3">
          {data.messages.map((message) => (
            <li key={message.id} className="rounded-md bg-slate-50 p-3">
              <p className="text-sm text-slate-600">
                <span translate="no">{message.author}</span> · {message.at}
              </p>
              <p className="whitespace-pre-line" translate="no">
                {message.body}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-slate-700">{t.noMessages}</p>
      )}
      {data.can.write ? <TextForm intent="message" label={t.yourMessage} button={t.sendMessage} /> : null}
    </Section>
  )
}

export default function IntroductionPage() {
  const data = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const texts = useT()
  const t = texts.introductions.page
  const done = searchParams.get('done') ?? (searchParams.get('sent') ? 'sent' : null)
  const doneMessage = done && done in t.done ? t.done[done as keyof typeof t.done] : null
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <Link
        to={data.side === 'staff' ? '/staff/introductions' : '/introductions'}
        className="text-sm font-medium text-brand-700 underline"
      >
        {data.side === 'staff' ? t.backStaff : t.backMember}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">
          <OrganisationName {...data.from} /> → <OrganisationName {...data.to} />
        </h1>
        <IntroductionStatusBadge status={data.status} />
      </div>
      <div aria-live="polite">{doneMessage ? <SuccessMessage>{doneMessage}</SuccessMessage> : null}</div>
      <Section title={t.request} id="request">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t.from}</dt>
          <dd>
            <Link to={`/organisations/${data.from.slug}`} className="underline">
              <OrganisationName {...data.from} />
            </Link>{' '}
            ({data.from.country})
          </dd>
          <dt className="font-medium">{t.to}</dt>
          <dd>
            <Link to={`/organisations/${data.to.slug}`} className="underline">
              <OrganisationName {...data.to} />
            </Link>{' '}
            ({data.to.country})
          </dd>
          <dt className="font-medium">{t.purpose}</dt>
          <dd>{data.purpose}</dd>
          {data.brokeredBy ? (
            <>
              <dt className="font-medium">{t.brokeredBy}</dt>
              <dd>
                {t.theCentre} (<span translate="no">{data.brokeredBy}</span>)
              </dd>
            </>
          ) : null}
          <dt className="font-medium">{t.sent}</dt>
          <dd>{data.createdAt}</dd>
          {data.expiresAt ? (
            <>
              <dt className="font-medium">{t.expires}</dt>
              <dd>{data.expiresAt}</dd>
            </>
          ) : null}
          {data.respondedAt ? (
            <>
              <dt className="font-medium">{t.answered}</dt>
              <dd>{data.respondedAt}</dd>
            </>
          ) : null}
          {data.closedAt ? (
            <>
              <dt className="font-medium">{t.closed}</dt>
              <dd>{data.closedAt}</dd>
            </>
          ) : null}
          {data.declineReason ? (
            <>
              <dt className="font-medium">{t.declineReason}</dt>
              <dd translate="no">{data.declineReason}</dd>
            </>
          ) : null}
        </dl>
        <p className="text-sm text-slate-600">
          {texts.introductions.times.shownIn({ city: data.timeZoneCity })}
        </p>
        <blockquote
          translate="no"
          className="border-l-4 border-brand-100 pl-4 whitespace-pre-line text-slate-800"
        >
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
          <Section title={t.proposedTimes} id="proposed">
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
        <Section title={t.notes} id="notes">
          {data.notes.length ? (
            <ol className="space-y-2">
              {data.notes.map((note) => (
                <li key={note.id} className="rounded-md bg-amber-50 p-3">
                  <p className="text-sm text-slate-600">
                    <span translate="no">{note.author}</span> · {note.at}
                  </p>
                  <p className="whitespace-pre-line" translate="no">
                    {note.body}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-slate-700">{t.noNotes}</p>
          )}
          <TextForm intent="note" label={t.internalNote} button={t.addNote} />
        </Section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
