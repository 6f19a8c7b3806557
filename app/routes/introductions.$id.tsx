import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Link, useLoaderData, useRouteError, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { ErrorPage } from '~/components/error-page'
import { IntroductionStatusBadge } from '~/components/introductions/introduction-status'
import {
  AnswerForms,
  Contacts,
  MeetingSection,
  Section,
  SlotDetails,
  StaffNotes,
  Thread,
  WithdrawForm,
} from '~/components/introductions/introduction-sections'
import { requireIntroductionViewer } from '~/modules/introductions/access.server'
import { addStaffNote } from '~/modules/introductions/brokering.server'
import {
  acceptSchema,
  declineSchema,
  proposeSlotsSchema,
  staffNoteSchema,
  threadMessageSchema,
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
import { readFormOrUpload } from '~/modules/security/form-data.server'
import { AttachmentsSection } from '~/components/introductions/attachments-section'
import { attachmentSchema, fileIdSchema } from '~/modules/files/file-fields'
import { fileRules, megabytes } from '~/modules/files/file-kinds'
import { addAttachment, deleteAttachment, uploadOf } from '~/modules/files/files.server'
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
  attach: intent(attachmentSchema, async (acting, { file }) =>
    addAttachment({ ...acting, upload: await uploadOf(file) }),
  ),
  removeAttachment: intent(fileIdSchema, (acting, { fileId }) =>
    deleteAttachment({
      introductionId: acting.introductionId,
      organisationId: acting.organisationId,
      fileId,
    }),
  ),
}
type Intent = keyof typeof intentTable
const intentSchema = z.object({ intent: z.enum(Object.keys(intentTable) as [Intent, ...Intent[]]) })

/** The page's data, as the page receives it (its sections are in components/introductions). */
export type IntroductionPageData = ReturnType<typeof useLoaderData<typeof loader>>

const forbidden = () => new Response(errorMessage('notOnThisIntroduction'), { status: 403 })

export async function action({ request, params, context }: ActionFunctionArgs) {
  const viewer = await requireIntroductionViewer(request, params.id ?? '')
  const formData = await readFormOrUpload(request, context, fileRules.attachment.bytes)
  if (formData === 'too-large') {
    const error = {
      file: [errorMessage('fileTooLarge', { megabytes: megabytes(fileRules.attachment.bytes) })],
    }
    return json({ intent: 'attach', result: { status: 'error', error } }, { status: 413 })
  }
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
      {data.status === 'accepted' ? <AttachmentsSection data={data} /> : null}
      {data.can.addNote ? <StaffNotes data={data} /> : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
