import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { IntroductionStatusBadge } from '~/components/introductions/introduction-status'
import { OrganisationName } from '~/components/organisation-name'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { listOrganisationIntroductions } from '~/modules/introductions/introduction-views.server'
import { dateTimeIn, effectiveTimeZone, zoneCity } from '~/modules/introductions/meeting-time'
import { requireMembership } from '~/modules/profiles/membership.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.introductions.list.title)

const sectionIds = ['incoming', 'outgoing', 'accepted', 'closed'] as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const locale = resolveLocale(request, user.locale)
  const organisationId = membership.organisation.id
  const timeZone = effectiveTimeZone(user.timeZone, membership.organisation.region)
  const lists = await listOrganisationIntroductions(organisationId)
  const at = (instant: Date) => dateTimeIn(instant, timeZone, locale)
  const rows = (requests: (typeof lists)['incoming']) =>
    requests.map((request) => {
      const outgoing = request.fromOrganisationId === organisationId
      const other = outgoing ? request.toOrganisation : request.fromOrganisation
      return {
        id: request.id,
        status: request.status,
        direction: outgoing ? ('to' as const) : ('from' as const),
        other: { name: other.name, nameJa: other.nameJa },
        sent: at(request.createdAt),
        expires: request.status === 'pending' ? at(request.expiresAt) : null,
        closed: request.closedAt ? at(request.closedAt) : null,
        brokered: request.brokeredById !== null,
      }
    })
  return json({
    timeZoneCity: zoneCity(timeZone, locale),
    sections: sectionIds.map((id) => ({ id, rows: rows(lists[id]) })),
  })
}

export default function MyIntroductionsPage() {
  const { sections, timeZoneCity } = useLoaderData<typeof loader>()
  const texts = useT().introductions
  const t = texts.list
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
        <p className="text-slate-700">
          {t.introBefore}{' '}
          <Link to="/suggestions" className="underline">
            {t.suggested}
          </Link>{' '}
          {t.orAny}{' '}
          <Link to="/directory" className="underline">
            {t.directory}
          </Link>
          {t.end} {texts.times.shownIn({ city: timeZoneCity })}
        </p>
      </div>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-title`} className="space-y-3">
          <h2 id={`${section.id}-title`} className="text-lg font-semibold">
            {t.sections[section.id].title} <span className="text-slate-600">({section.rows.length})</span>
          </h2>
          {section.rows.length ? (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {section.rows.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <div>
                    <Link to={`/introductions/${row.id}`} className="font-medium text-brand-700 underline">
                      {row.direction === 'to' ? t.to : t.from} <OrganisationName {...row.other} />
                    </Link>
                    {row.brokered ? <span className="ml-2 text-sm text-slate-600">{t.brokered}</span> : null}
                    <p className="text-sm text-slate-600">
                      {t.sent} {row.sent}
                      {row.expires ? (
                        <>
                          {' · '}
                          {t.expires} {row.expires}
                        </>
                      ) : null}
                      {row.closed ? (
                        <>
                          {' · '}
                          {t.closed} {row.closed}
                        </>
                      ) : null}
                    </p>
                  </div>
                  <IntroductionStatusBadge status={row.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t.sections[section.id].empty}</p>
          )}
        </section>
      ))}
    </div>
  )
}
