import { getFormProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, Link } from '@remix-run/react'
import { FormErrors, SelectField, TextAreaField } from '~/components/forms'
import { MeetingTime } from '~/components/introductions/meeting-time'
import { useIntentResult } from '~/components/use-intent-result'
import { useT } from '~/modules/i18n/use-translation'
import type { MeetingTimeView } from '~/modules/introductions/meeting-time'
import { meetingRequestSchema } from '~/modules/meetings/meeting-fields'
import { wishLevels } from '~/modules/meetings/meeting-rules'
import { IntentButton, useItemErrors } from './intent-button'

type Request = {
  id: string
  person: string
  organisation: string
  organisationSlug: string
  time: MeetingTimeView | null
  message: string | null
}

/** Requests waiting for an answer: the invitee accepts or declines, the requester may call theirs off. */
export function RequestList({
  title,
  empty,
  requests,
  side,
}: {
  title: string
  empty: string
  requests: Request[]
  side: 'invitee' | 'requester'
}) {
  const t = useT().meetings.page
  const id = `requests-${side}`
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title} ({requests.length})
      </h2>
      {requests.length ? (
        <ul className="space-y-3">
          {requests.map((request) => (
            <li key={request.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <p>
                <span className="text-sm text-slate-600">{side === 'invitee' ? t.from : t.to}: </span>
                <span className="font-semibold" translate="no">
                  {request.person}
                </span>
                {', '}
                <Link to={`/organisations/${request.organisationSlug}`} className="underline" translate="no">
                  {request.organisation}
                </Link>
              </p>
              {request.time ? <MeetingTime time={request.time} /> : null}
              {request.message ? (
                <p className="whitespace-pre-line text-slate-800" translate="no">
                  {request.message}
                </p>
              ) : null}
              <div className="flex flex-wrap gap-2">
                {side === 'invitee' ? (
                  <>
                    <IntentButton intent="accept" values={{ meetingId: request.id }}>
                      {t.accept}
                    </IntentButton>
                    <IntentButton intent="decline" values={{ meetingId: request.id }} tone="plain">
                      {t.decline}
                    </IntentButton>
                  </>
                ) : (
                  <IntentButton
                    intent="cancel"
                    values={{ meetingId: request.id }}
                    tone="danger"
                    confirmText={t.confirmCallOff}
                  >
                    {t.callOff}
                  </IntentButton>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{empty}</p>
      )}
    </section>
  )
}

type AvailabilityBlock = {
  id: string
  date: string
  slots: { id: string; label: string; unavailable: boolean; busy: boolean }[]
}

/** The slots the participant cannot meet in, folded until opened (it is set once, not every visit). */
export function AvailabilityForm({ blocks }: { blocks: AvailabilityBlock[] }) {
  const texts = useT()
  const t = texts.meetings.page
  const errors = useItemErrors('availability', {})
  const marked = blocks.reduce((n, block) => n + block.slots.filter((slot) => slot.unavailable).length, 0)
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4" open={errors.length > 0}>
      <summary className="min-h-11 cursor-pointer py-2 font-semibold">
        {t.availability} ({marked})
      </summary>
      <Form method="post" className="mt-3 space-y-4">
        <input type="hidden" name="intent" value="availability" />
        <p className="text-sm text-slate-700">{t.availabilityHint}</p>
        <FormErrors id="availability-errors" errors={errors} />
        {blocks.map((block) => (
          <fieldset key={block.id} className="space-y-1">
            <legend className="text-sm font-semibold">{block.date}</legend>
            <ul className="grid gap-1 sm:grid-cols-2">
              {block.slots.map((slot) => (
                <li key={slot.id}>
                  <label className="flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      name="unavailable"
                      value={slot.id}
                      defaultChecked={slot.unavailable}
                      disabled={slot.busy}
                      className="h-5 w-5"
                    />
                    <span>
                      {slot.label}
                      {slot.busy ? <span className="text-sm text-slate-600"> ({t.busy})</span> : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white">
          {t.saveAvailability}
        </button>
      </Form>
    </details>
  )
}

type ShownParticipant = {
  userId: string
  person: string
  organisation: string
  organisationSlug: string
  country: string
  hopes: string | null
  score: number
  reasons: string[]
  allowed: boolean
  meeting: string | null
  freeSlots: { id: string; label: string }[]
  wish: string
}

export function ParticipantCard({
  participant,
  mode,
  open,
  wishesOpen,
}: {
  participant: ShownParticipant
  mode: 'participants' | 'organiser'
  open: boolean
  wishesOpen: boolean
}) {
  const texts = useT()
  const t = texts.meetings.page
  const headingId = `participant-${participant.userId}`
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={headingId}>
      <div>
        <h3 id={headingId} className="text-lg font-semibold" translate="no">
          {participant.person}
        </h3>
        <p>
          <Link to={`/organisations/${participant.organisationSlug}`} className="underline" translate="no">
            {participant.organisation}
          </Link>{' '}
          <span className="text-slate-600">({participant.country})</span>
        </p>
      </div>
      <div className="text-sm">
        <p className="font-medium">
          {participant.score > 0 ? t.score({ score: participant.score }) : t.noFit}
        </p>
        {participant.reasons.length ? (
          <ul className="ml-5 list-disc text-slate-700">
            {participant.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {participant.hopes ? (
        <p className="text-sm">
          <span className="font-medium">{t.hopes}: </span>
          <span className="whitespace-pre-line" translate="no">
            {participant.hopes}
          </span>
        </p>
      ) : null}
      {!participant.allowed ? (
        <p className="text-sm text-slate-700">{t.notAllowed}</p>
      ) : participant.meeting ? (
        <p className="text-sm font-medium">
          {t.meetingState({ state: texts.meetings.statuses[participant.meeting as 'requested'] })}
        </p>
      ) : mode === 'participants' ? (
        open ? (
          <RequestForm participant={participant} />
        ) : null
      ) : (
        <WishForm participant={participant} disabled={!wishesOpen} />
      )}
    </li>
  )
}

function RequestForm({ participant }: { participant: ShownParticipant }) {
  const t = useT().meetings.page
  const result = useIntentResult('request') as { initialValue?: { inviteeId?: string } } | undefined
  const mine = result?.initialValue?.inviteeId === participant.userId
  const [form, fields] = useForm({
    id: `request-${participant.userId}`,
    lastResult: mine ? (result as never) : undefined,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: meetingRequestSchema }),
  })
  if (!participant.freeSlots.length) return <p className="text-sm text-slate-700">{t.noFreeTime}</p>
  return (
    <details className="rounded-md border border-slate-200 p-3" open={mine}>
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">
        {t.requestSummary}
      </summary>
      <Form method="post" className="mt-2 space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="request" />
        <input type="hidden" name="inviteeId" value={participant.userId} />
        <FormErrors id={form.errorId} errors={[...(form.errors ?? []), ...(fields.inviteeId.errors ?? [])]} />
        <SelectField
          label={t.requestTime}
          field={fields.slotId}
          placeholder={t.chooseTime}
          selectProps={getSelectProps(fields.slotId)}
          options={participant.freeSlots.map((slot) => ({ value: slot.id, label: slot.label }))}
        />
        <TextAreaField
          label={t.requestMessage}
          hint={t.requestMessageHint}
          field={fields.message}
          textareaProps={{ ...getTextareaProps(fields.message), rows: 3, maxLength: 1000 }}
        />
        <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white">
          {t.send}
        </button>
      </Form>
    </details>
  )
}

function WishForm({ participant, disabled }: { participant: ShownParticipant; disabled: boolean }) {
  const texts = useT()
  const t = texts.meetings.page
  const errors = useItemErrors('wish', { toId: participant.userId })
  return (
    <Form method="post" className="space-y-2">
      <input type="hidden" name="intent" value="wish" />
      <input type="hidden" name="toId" value={participant.userId} />
      <fieldset disabled={disabled}>
        <legend className="text-sm font-semibold">{t.wish}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {[...wishLevels, 'none' as const].map((level) => (
            <label key={level} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name="level"
                value={level}
                defaultChecked={participant.wish === level}
                className="h-5 w-5"
              />
              {texts.meetings.wishLevels[level]}
            </label>
          ))}
        </div>
        <button type="submit" className="mt-2 min-h-11 rounded-md border border-slate-300 px-4 font-semibold">
          {t.saveWish}
        </button>
      </fieldset>
      <FormErrors id={`wish-errors-${participant.userId}`} errors={errors} />
    </Form>
  )
}
