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
import { BlocksSection, RulesForm, TablesSection } from '~/components/meetings/staff-setup'
import { MeetingNumbersSection, ScheduleSection } from '~/components/meetings/staff-schedule'
import { SuccessMessage } from '~/components/success-message'
import { requireStaff } from '~/modules/auth/session.server'
import { readerTimeZone } from '~/modules/events/event-views.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import {
  addTablesSchema,
  meetingBlockSchema,
  meetingPlanSchema,
  moveMeetingSchema,
  tableSchema,
} from '~/modules/meetings/meeting-fields'
import {
  addMeetingBlock,
  addTables,
  changeTable,
  deleteMeetingBlock,
  deleteTable,
  saveMeetingPlan,
} from '~/modules/meetings/meeting-plan.server'
import { meetingEventForStaff, staffMeetingsPageData } from '~/modules/meetings/meetings-admin.server'
import {
  closeWishes,
  moveMeeting,
  proposeSchedule,
  publishSchedule,
  removeMeeting,
} from '~/modules/meetings/schedule.server'
import { readForm } from '~/modules/security/form-data.server'
import { refusalResponse } from '~/utils/domain-error'
import { intent } from '~/utils/intents'
import { runIntent } from '~/utils/intents.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.meetings.staff.title)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const locale = resolveLocale(request, staff.locale)
  const data = await staffMeetingsPageData(params.id ?? '', await readerTimeZone(staff), locale).catch(
    refusalResponse,
  )
  return json(data)
}

type Acting = { staffId: string; eventId: string }
const id = (name: string) => z.object({ [name]: z.string().min(1).max(40) })
const nothing = z.object({})

const intents = {
  plan: intent(meetingPlanSchema, (a: Acting, form) => saveMeetingPlan(a.staffId, a.eventId, form)),
  addBlock: intent(meetingBlockSchema, (a: Acting, form) => addMeetingBlock(a.staffId, a.eventId, form)),
  deleteBlock: intent(id('blockId'), (a: Acting, form) =>
    deleteMeetingBlock(a.staffId, a.eventId, form.blockId as string),
  ),
  addTables: intent(addTablesSchema, (a: Acting, form) => addTables(a.staffId, a.eventId, form)),
  table: intent(tableSchema, (a: Acting, form) => changeTable(a.staffId, a.eventId, form)),
  deleteTable: intent(id('tableId'), (a: Acting, form) =>
    deleteTable(a.staffId, a.eventId, form.tableId as string),
  ),
  closeWishes: intent(nothing, (a: Acting) => closeWishes(a.staffId, a.eventId)),
  run: intent(nothing, (a: Acting) => proposeSchedule(a.staffId, a.eventId)),
  publish: intent(nothing, (a: Acting) => publishSchedule(a.staffId, a.eventId)),
  move: intent(moveMeetingSchema, (a: Acting, form) => moveMeeting(a.staffId, a.eventId, form)),
  remove: intent(id('meetingId'), (a: Acting, form) =>
    removeMeeting(a.staffId, a.eventId, form.meetingId as string),
  ),
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request)
  const event = await meetingEventForStaff(params.id ?? '').catch(refusalResponse)
  const outcome = await runIntent(await readForm(request, context), intents, {
    staffId: staff.id,
    eventId: event.id,
  })
  if (outcome instanceof Response) return outcome
  const here = `/staff/events/${event.id}/meetings`
  if (outcome.done === 'run') {
    const { placed, optimal } = outcome.value as { placed: number; optimal: boolean }
    return redirect(`${here}?done=run&placed=${placed}&optimal=${optimal ? 1 : 0}#schedule`)
  }
  if (outcome.done === 'publish') return redirect(`${here}?done=publish&placed=${outcome.value as number}`)
  return redirect(`${here}?done=${outcome.done}`)
}

export default function StaffMeetingsPage() {
  const data = useLoaderData<typeof loader>()
  const [search] = useSearchParams()
  const t = useT().meetings.staff
  const done = search.get('done')
  const placed = Number(search.get('placed')) || 0
  const doneText =
    done === 'run'
      ? t.ran({ placed, optimal: search.get('optimal') === '1' })
      : done === 'publish'
        ? t.published({ count: placed })
        : done && done in t.done
          ? t.done[done as keyof typeof t.done]
          : null
  return (
    <div className="mx-auto max-w-6xl space-y-8">
      <Link
        to={`/staff/events/${data.event.id}`}
        className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
      >
        {t.back}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">
        {t.title}: <span translate="no">{data.event.title}</span>
      </h1>
      {doneText ? <SuccessMessage>{doneText}</SuccessMessage> : null}
      <MeetingNumbersSection data={data} />
      <RulesForm data={data} />
      <BlocksSection data={data} />
      <TablesSection data={data} />
      <ScheduleSection data={data} />
    </div>
  )
}

export type StaffMeetingsData = ReturnType<typeof useLoaderData<typeof loader>>

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
