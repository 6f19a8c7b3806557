import type { SerializeFrom } from '@remix-run/node'
import { PrimaryLink } from '~/components/primary-link'
import { EventCard } from '~/components/events/event-card'
import { StatusBadge } from '~/components/status-badge'
import type { loader } from '~/routes/_index'
import { useT } from '~/modules/i18n/use-translation'
import { EmptyNote, HomePanel, LinkList } from './home-panel'

type Props = { home: Extract<SerializeFrom<typeof loader>, { kind: 'member' }>['home'] }

function WaitingForYou({ home }: Props) {
  const t = useT().home.member
  const items = [
    ...home.introductionRequests.map((request) => ({
      key: `introduction-${request.id}`,
      to: `/introductions/${request.id}`,
      label: <span translate="no">{t.introductionFrom({ name: request.from })}</span>,
      detail: t.answerBy({ date: request.expires }),
    })),
    ...home.meetingRequests.map((entry) => ({
      key: `meetings-${entry.link}`,
      to: entry.link,
      label: t.meetingRequests({ count: entry.count, event: entry.event }),
    })),
    ...home.followUps.map((followUp) => ({
      key: `follow-up-${followUp.id}`,
      to: followUp.link,
      label: t.followUp,
    })),
  ]
  return (
    <HomePanel id="home-waiting" title={t.needsYou}>
      {items.length ? <LinkList items={items} /> : <EmptyNote>{t.nothingWaiting}</EmptyNote>}
    </HomePanel>
  )
}

function ComingUp({ home }: Props) {
  const t = useT().home.member
  return (
    <HomePanel id="home-upcoming" title={t.upcoming}>
      {home.upcoming.length ? (
        <LinkList
          items={home.upcoming.map((meeting) => ({
            key: meeting.key,
            to: meeting.link,
            label: (
              <span translate="no">
                {t.with({ name: meeting.person ? `${meeting.person} (${meeting.with})` : meeting.with })}
              </span>
            ),
            detail: (
              <>
                <time dateTime={meeting.time.startsAtIso}>{meeting.time.local}</time>
                <br />
                {meeting.time.brusselsTokyo}
                {meeting.context ? (
                  <>
                    <br />
                    <span translate="no">{meeting.context}</span>
                  </>
                ) : null}
              </>
            ),
          }))}
        />
      ) : (
        <EmptyNote>{t.noMeetings}</EmptyNote>
      )}
    </HomePanel>
  )
}

function Messages({ home }: Props) {
  const t = useT().home.member
  return (
    <HomePanel
      id="home-messages"
      title={t.messages}
      more={{ to: '/notifications', label: t.allMessages({ count: home.unreadCount }) }}
    >
      {home.unread.length ? (
        <LinkList
          items={home.unread.map((notification) => ({
            key: notification.id,
            to: notification.link ?? '/notifications',
            label: notification.text,
            detail: notification.at,
          }))}
        />
      ) : (
        <EmptyNote>{t.noMessages}</EmptyNote>
      )}
    </HomePanel>
  )
}

function Profile({ home }: Props) {
  const t = useT().home.member
  const organisation = home.organisation
  if (!organisation) {
    return (
      <HomePanel id="home-profile" title={t.profile}>
        <EmptyNote>{t.noProfile}</EmptyNote>
        <PrimaryLink to="/organisation/new">{t.createProfile}</PrimaryLink>
      </HomePanel>
    )
  }
  const state = organisation.suspended ? 'suspended' : organisation.status
  return (
    <HomePanel id="home-profile" title={t.profile} more={{ to: '/organisation', label: t.openProfile }}>
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold" translate="no">
          {organisation.name}
        </span>
        <StatusBadge status={organisation.status} />
        <span className="text-sm text-slate-600">{t.complete({ percent: organisation.completeness })}</span>
      </p>
      <p>{t.profileStates[state]}</p>
      {organisation.status === 'rejected' && organisation.rejectionReason ? (
        <p className="rounded-md bg-red-50 p-3 text-red-900">{organisation.rejectionReason}</p>
      ) : null}
    </HomePanel>
  )
}

function Suggestions({ home }: Props) {
  const t = useT().home.member
  const fresh = home.newSuggestions
  return (
    <HomePanel
      id="home-suggestions"
      title={t.suggestions}
      more={fresh ? { to: '/suggestions', label: t.allSuggestions } : undefined}
    >
      {!fresh ? (
        <EmptyNote>{t.suggestionsAfterListing}</EmptyNote>
      ) : fresh.count ? (
        <>
          <p className="font-medium">{t.newSuggestions({ count: fresh.count })}</p>
          <LinkList
            items={fresh.top.map((suggestion) => ({
              key: suggestion.slug,
              to: `/organisations/${suggestion.slug}`,
              label: <span translate="no">{suggestion.name}</span>,
              detail: suggestion.reason,
            }))}
          />
        </>
      ) : (
        <EmptyNote>{t.noNewSuggestions}</EmptyNote>
      )}
    </HomePanel>
  )
}

function Events({ home }: Props) {
  const texts = useT()
  const t = texts.home.member
  return (
    <HomePanel
      id="home-events"
      title={t.events}
      more={
        home.events.length
          ? { to: '/account/events', label: texts.events.mine.title }
          : { to: '/events', label: t.findEvents }
      }
    >
      {home.events.length ? (
        <ul className="grid gap-3">
          {home.events.map((event) => (
            <EventCard key={event.slug} event={event} />
          ))}
        </ul>
      ) : (
        <EmptyNote>{t.noEvents}</EmptyNote>
      )}
    </HomePanel>
  )
}

/** A member's home: what needs them first, then what is coming up and what is new. */
export function MemberHomePage({ home }: Props) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <WaitingForYou home={home} />
      <ComingUp home={home} />
      <Messages home={home} />
      <Profile home={home} />
      <Suggestions home={home} />
      <Events home={home} />
    </div>
  )
}
