import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { IntroductionStatusBadge } from '~/components/introductions/introduction-status'
import { listOrganisationIntroductions } from '~/modules/introductions/introduction-views.server'
import { dateTimeIn, effectiveTimeZone } from '~/modules/introductions/meeting-time'
import { requireMembership } from '~/modules/profiles/membership.server'

export const meta: MetaFunction = () => [{ title: 'My introductions | EU-Japan Circular Metals' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const organisationId = membership.organisation.id
  const timeZone = effectiveTimeZone(user.timeZone, membership.organisation.region)
  const lists = await listOrganisationIntroductions(organisationId)
  const rows = (requests: (typeof lists)['incoming']) =>
    requests.map((request) => {
      const outgoing = request.fromOrganisationId === organisationId
      const other = outgoing ? request.toOrganisation : request.fromOrganisation
      return {
        id: request.id,
        status: request.status,
        direction: outgoing ? ('to' as const) : ('from' as const),
        other: other.name,
        sent: dateTimeIn(request.createdAt, timeZone),
        expires: request.status === 'pending' ? dateTimeIn(request.expiresAt, timeZone) : null,
        closed: request.closedAt ? dateTimeIn(request.closedAt, timeZone) : null,
        brokered: request.brokeredById !== null,
      }
    })
  return json({
    timeZone,
    sections: [
      {
        id: 'incoming',
        title: 'Waiting for your answer',
        empty: 'No request is waiting for you.',
        rows: rows(lists.incoming),
      },
      {
        id: 'outgoing',
        title: 'Sent, waiting for an answer',
        empty: 'You have no request waiting for an answer.',
        rows: rows(lists.outgoing),
      },
      {
        id: 'accepted',
        title: 'Accepted',
        empty: 'No accepted introduction yet.',
        rows: rows(lists.accepted),
      },
      { id: 'closed', title: 'Closed', empty: 'Nothing closed.', rows: rows(lists.closed) },
    ],
  })
}

export default function MyIntroductionsPage() {
  const { sections, timeZone } = useLoaderData<typeof loader>()
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">My introductions</h1>
        <p className="text-slate-700">
          Requests your organisation sent and received. To ask for a new introduction, open a{' '}
          <Link to="/suggestions" className="underline">
            suggested partner
          </Link>{' '}
          or any profile in the{' '}
          <Link to="/directory" className="underline">
            directory
          </Link>
          . Times in {timeZone.replaceAll('_', ' ')} time.
        </p>
      </div>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-title`} className="space-y-3">
          <h2 id={`${section.id}-title`} className="text-lg font-semibold">
            {section.title} <span className="text-slate-500">({section.rows.length})</span>
          </h2>
          {section.rows.length ? (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {section.rows.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <div>
                    <Link to={`/introductions/${row.id}`} className="font-medium text-brand-700 underline">
                      {row.direction === 'to' ? `To ${row.other}` : `From ${row.other}`}
                    </Link>
                    {row.brokered ? (
                      <span className="ml-2 text-sm text-slate-600">Brokered by the Centre</span>
                    ) : null}
                    <p className="text-sm text-slate-600">
                      Sent {row.sent}
                      {row.expires ? ` · expires ${row.expires}` : ''}
                      {row.closed ? ` · closed ${row.closed}` : ''}
                    </p>
                  </div>
                  <IntroductionStatusBadge status={row.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{section.empty}</p>
          )}
        </section>
      ))}
    </div>
  )
}
