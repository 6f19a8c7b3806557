import { Form } from '@remix-run/react'
import { MeetingTime } from '~/components/introductions/meeting-time'
import { FormErrors } from '~/components/forms'
import { useT } from '~/modules/i18n/use-translation'
import type { StaffMeetingsData } from '~/routes/staff.events.$id.meetings'
import { IntentButton, useItemErrors } from './intent-button'
import { StaffSection } from './staff-setup'

type PlannedMeeting = StaffMeetingsData['schedule'][number]['meetings'][number]

export function ScheduleSection({ data }: { data: StaffMeetingsData }) {
  const texts = useT()
  const t = texts.meetings.staff
  const organiser = data.plan.bookingMode === 'organiser'
  const generalErrors = [
    ...useItemErrors('closeWishes', {}),
    ...useItemErrors('run', {}),
    ...useItemErrors('publish', {}),
  ]
  const meetingCount = data.schedule.reduce((n, slot) => n + slot.meetings.length, 0)
  return (
    <StaffSection id="schedule" title={t.scheduleTitle}>
      <div className="flex flex-wrap gap-4 text-sm">
        <a
          href={`/staff/events/${data.event.id}/table-plan`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {t.tablePlan}
        </a>
        <a
          href={`/staff/events/${data.event.id}/meetings.csv`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {t.csv}
        </a>
      </div>
      {organiser ? (
        <div className="space-y-3 rounded-md bg-slate-50 p-3">
          <p>{t.wishesCount({ wishes: data.wishes.count, people: data.wishes.people })}</p>
          {data.plan.wishesClosedAt ? <p>{t.wishesClosedAt({ time: data.plan.wishesClosedAt })}</p> : null}
          {data.plan.publishedAt ? (
            <p className="font-medium">{t.publishedAt({ time: data.plan.publishedAt })}</p>
          ) : null}
          <FormErrors id="schedule-errors" errors={generalErrors} />
          {!data.plan.publishedAt ? (
            <div className="flex flex-wrap gap-2">
              {!data.plan.wishesClosedAt ? (
                <IntentButton
                  intent="closeWishes"
                  values={{}}
                  tone="plain"
                  confirmText={t.confirmCloseWishes}
                >
                  {t.closeWishes}
                </IntentButton>
              ) : null}
              <IntentButton intent="run" values={{}} confirmText={data.proposed ? t.confirmRun : undefined}>
                {t.run}
              </IntentButton>
              {data.proposed ? (
                <IntentButton intent="publish" values={{}} confirmText={t.confirmPublish}>
                  {t.publish}
                </IntentButton>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <h3 className="font-semibold">
        {t.planTitle} ({meetingCount})
      </h3>
      {meetingCount ? (
        <div className="space-y-4">
          {data.schedule
            .filter((slot) => slot.meetings.length)
            .map((slot) => (
              <div key={slot.id} className="space-y-2">
                <MeetingTime time={slot.time} />
                <ul className="space-y-2">
                  {slot.meetings.map((meeting) => (
                    <PlannedMeetingRow key={meeting.id} meeting={meeting} data={data} />
                  ))}
                </ul>
              </div>
            ))}
        </div>
      ) : (
        <p className="text-slate-700">{t.planEmpty}</p>
      )}
      {organiser ? (
        <>
          <h3 className="font-semibold">
            {t.unplacedTitle} ({data.unplaced.length})
          </h3>
          {data.unplaced.length ? (
            <ul className="space-y-1 text-sm">
              {data.unplaced.map((wish) => (
                <li key={`${wish.a}:${wish.b}`}>
                  <span translate="no">
                    {t.between({
                      one: `${wish.first.person} (${wish.first.organisation})`,
                      other: `${wish.second.person} (${wish.second.organisation})`,
                    })}
                  </span>
                  {': '}
                  {t.reasons[wish.reason]}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t.unplacedEmpty}</p>
          )}
        </>
      ) : null}
    </StaffSection>
  )
}

function PlannedMeetingRow({ meeting, data }: { meeting: PlannedMeeting; data: StaffMeetingsData }) {
  const texts = useT()
  const t = texts.meetings.staff
  const errors = useItemErrors('move', { meetingId: meeting.id })
  const movable = meeting.status !== 'requested'
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-3 text-sm">
      <p>
        <span className="font-semibold">{meeting.table ?? '–'}</span>
        {' · '}
        <span translate="no">
          {t.between({
            one: `${meeting.requester.person} (${meeting.requester.organisation})`,
            other: `${meeting.invitee.person} (${meeting.invitee.organisation})`,
          })}
        </span>
        {' · '}
        {texts.meetings.statuses[meeting.status]}
      </p>
      {meeting.ratings.length ? (
        <p className="text-slate-700">
          {meeting.ratings.map((rating) => texts.meetings.outcomes[rating.outcome]).join(' / ')}
        </p>
      ) : null}
      {movable ? (
        <div className="flex flex-wrap items-end gap-2">
          <Form method="post" className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="intent" value="move" />
            <input type="hidden" name="meetingId" value={meeting.id} />
            <label className="w-full font-medium sm:w-auto">
              {t.slot}
              <select
                name="slotId"
                defaultValue={data.schedule.find((s) => s.meetings.includes(meeting))?.id}
                className="mt-1 block min-h-11 w-full max-w-full rounded-md border border-slate-300 px-2 sm:w-auto"
              >
                {data.slots.map((slot) => (
                  <option key={slot.id} value={slot.id}>
                    {slot.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="w-full font-medium sm:w-auto">
              {t.table}
              <select
                name="tableId"
                defaultValue={meeting.tableId ?? undefined}
                className="mt-1 block min-h-11 w-full max-w-full rounded-md border border-slate-300 px-2 sm:w-auto"
              >
                {data.tables.map((table) => (
                  <option key={table.id} value={table.id}>
                    {table.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 font-semibold">
              {t.move}
            </button>
          </Form>
          <IntentButton
            intent="remove"
            values={{ meetingId: meeting.id }}
            tone="danger"
            confirmText={t.confirmRemove}
          >
            {t.remove}
          </IntentButton>
        </div>
      ) : null}
      <FormErrors id={`move-errors-${meeting.id}`} errors={errors} />
    </li>
  )
}

export function MeetingNumbersSection({ data }: { data: StaffMeetingsData }) {
  const texts = useT()
  const t = texts.meetings.staff
  const n = data.numbers
  return (
    <StaffSection id="numbers" title={t.numbersTitle}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-6">
        {(['requested', 'accepted', 'scheduled', 'held', 'noShows'] as const).map((key) => (
          <div key={key} className="rounded-md bg-slate-50 p-2">
            <dt className="text-sm text-slate-600">{t.numbers[key]}</dt>
            <dd className="text-xl font-semibold">{n[key]}</dd>
          </div>
        ))}
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="text-sm text-slate-600">{t.numbers.noShowRate}</dt>
          <dd className="text-xl font-semibold">
            {n.noShowRate === null ? '–' : `${Math.round(n.noShowRate * 100)}%`}
          </dd>
        </div>
      </dl>
      <div className="grid gap-4 md:grid-cols-3">
        <Counts
          title={t.outcomesTitle}
          rows={Object.entries(n.outcomes).map(([k, v]) => [texts.meetings.outcomes[k as 'informative'], v])}
        />
        <Counts
          title={t.answersTitle}
          rows={Object.entries(n.answers).map(([k, v]) => [
            texts.meetings.followUpAnswers[k as 'agreement'],
            v,
          ])}
        />
        <Counts
          title={t.agreementsTitle}
          rows={Object.entries(n.agreements).map(([k, v]) => [
            texts.meetings.agreementKinds[k as 'commercial'],
            v,
          ])}
        />
      </div>
      <div>
        <h3 className="font-semibold">{t.noShowsTitle}</h3>
        {data.noShows.length ? (
          <ul className="text-sm">
            {data.noShows.map((row) => (
              <li key={`${row.person}:${row.organisation}`} translate="no">
                {row.person} ({row.organisation}): {row.count}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">{t.noShowsEmpty}</p>
        )}
      </div>
    </StaffSection>
  )
}

function Counts({ title, rows }: { title: string; rows: [string, number][] }) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      <ul className="text-sm">
        {rows.map(([label, value]) => (
          <li key={label}>
            {label}: <strong>{value}</strong>
          </li>
        ))}
      </ul>
    </div>
  )
}
