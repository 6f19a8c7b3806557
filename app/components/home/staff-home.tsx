import type { SerializeFrom } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { PrimaryLink } from '~/components/primary-link'
import type { loader } from '~/routes/_index'
import { useT } from '~/modules/i18n/use-translation'
import { EmptyNote, HomePanel, LinkList } from './home-panel'

/** Staff's home: the queues that wait for the Centre, each with a way into it. */
export function StaffHomePage({
  home,
}: {
  home: Extract<SerializeFrom<typeof loader>, { kind: 'staff' }>['home']
}) {
  const t = useT().home.staff
  return (
    <div className="space-y-6">
      <p>
        <PrimaryLink to="/staff">{t.workspace}</PrimaryLink>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <HomePanel
          id="home-review"
          title={t.review({ count: home.toReview.count })}
          more={{ to: '/staff/moderation', label: t.queue }}
        >
          {home.toReview.first.length ? (
            <LinkList
              items={home.toReview.first.map((organisation) => ({
                key: organisation.id,
                to: `/staff/moderation/${organisation.id}`,
                label: <span translate="no">{organisation.name}</span>,
                detail: [
                  organisation.submitted ? t.submitted({ date: organisation.submitted }) : null,
                  organisation.resubmission ? t.resubmitted : null,
                ]
                  .filter(Boolean)
                  .join(' · '),
              }))}
            />
          ) : (
            <EmptyNote>{t.noReview}</EmptyNote>
          )}
          {home.changedSinceApproval ? (
            <p>
              <Link
                to="/staff/moderation"
                className="inline-flex min-h-11 items-center text-brand-700 underline"
              >
                {t.changed({ count: home.changedSinceApproval })}
              </Link>
            </p>
          ) : null}
        </HomePanel>
        <HomePanel id="home-reports" title={t.reports({ count: home.reports.count })}>
          {home.reports.first.length ? (
            <LinkList
              items={home.reports.first.map((report) => ({
                key: report.id,
                to: '/staff/reports',
                label: t.reported({ name: report.organisation, date: report.filed }),
              }))}
            />
          ) : (
            <EmptyNote>{t.noReports}</EmptyNote>
          )}
        </HomePanel>
        <HomePanel id="home-requests" title={t.requests}>
          <LinkList
            items={[
              {
                key: 'introductions',
                to: '/staff/introductions?status=pending',
                label: t.pendingIntroductions({ count: home.pendingIntroductions }),
              },
              {
                key: 'leads',
                to: '/staff/introductions',
                label: t.leadRequests({ count: home.leadRequests }),
              },
            ]}
          />
        </HomePanel>
        <HomePanel id="home-staff-events" title={t.events} more={{ to: '/staff/events', label: t.allEvents }}>
          {home.events.length ? (
            <LinkList
              items={home.events.map((event) => ({
                key: event.id,
                to: `/staff/events/${event.id}`,
                label: (
                  <>
                    <span translate="no">{event.title}</span>
                    {event.draft ? ` (${t.draft})` : ''}
                  </>
                ),
                detail: event.starts,
              }))}
            />
          ) : (
            <EmptyNote>{t.noEvents}</EmptyNote>
          )}
        </HomePanel>
      </div>
    </div>
  )
}

/** Staff without a second factor: the workspace refuses them, so home says how to get in. */
export function StaffNeedsTwoFactor() {
  const t = useT().home.staff
  return (
    <HomePanel id="home-two-factor" title={t.workspace}>
      <p>{t.needsTwoFactor}</p>
      <PrimaryLink to="/account/two-factor">{t.turnOnTwoFactor}</PrimaryLink>
    </HomePanel>
  )
}
