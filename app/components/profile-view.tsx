import type { ReactNode } from 'react'
import type { ProfileSnapshot } from '~/modules/profiles/snapshot'
import { countryName, regionOf } from '~/modules/taxonomy/countries'
import type { TermLabels } from '~/modules/taxonomy/term-labels'

const regionLabels = { eu: 'European Union', jp: 'Japan', third: 'Third country' } as const

function Tags({ codes, labels }: { codes: string[] | null; labels: Record<string, string> }) {
  if (!codes?.length) return <span className="text-slate-500">Not stated</span>
  return (
    <ul className="flex flex-wrap gap-2">
      {codes.map((code) => (
        <li key={code} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900">
          {labels[code] ?? code}
        </li>
      ))}
    </ul>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-4 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="sm:col-span-3">{children}</dd>
    </div>
  )
}

/** A profile's details as others see them; contact details only when `showContact`. */
export function ProfileView({
  profile,
  labels,
  showContact,
}: {
  profile: ProfileSnapshot
  labels: TermLabels
  showContact: boolean
}) {
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="whitespace-pre-line text-slate-800">{profile.description}</p>
        {profile.descriptionJa ? (
          <p lang="ja" className="whitespace-pre-line text-slate-800">
            {profile.descriptionJa}
          </p>
        ) : null}
      </div>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
        <Row label="Location">
          {[profile.city, profile.country ? countryName(profile.country) : null].filter(Boolean).join(', ')}
          {profile.country ? (
            <span className="ml-2 text-sm text-slate-500">({regionLabels[regionOf(profile.country)]})</span>
          ) : null}
        </Row>
        {profile.website ? (
          <Row label="Website">
            <a href={profile.website} rel="noopener noreferrer nofollow" className="text-brand-700 underline">
              {profile.website}
            </a>
          </Row>
        ) : null}
        {profile.size || profile.yearFounded ? (
          <Row label="Company">
            {[
              profile.size ? `${profile.size} enterprise` : null,
              profile.yearFounded ? `founded ${profile.yearFounded}` : null,
            ]
              .filter(Boolean)
              .join(', ')}
          </Row>
        ) : null}
        <Row label="Value-chain roles">
          <Tags codes={profile.roles} labels={labels.role} />
        </Row>
        <Row label="Metals and materials">
          <Tags codes={profile.materials} labels={labels.material} />
        </Row>
        <Row label="Technologies">
          <Tags codes={profile.technologies} labels={labels.technology} />
        </Row>
        <Row label="Offers">
          <Tags codes={profile.offers} labels={labels.cooperation} />
        </Row>
        <Row label="Seeks">
          <Tags codes={profile.seeks} labels={labels.cooperation} />
        </Row>
        <Row label="Target markets">
          <Tags codes={profile.markets} labels={labels.market} />
        </Row>
        <Row label="Languages">{profile.languages?.length ? profile.languages.join(', ') : 'Not stated'}</Row>
        <Row label="Contact">
          {showContact ? (
            [profile.contactName, profile.contactEmail, profile.contactPhone].filter(Boolean).join(' · ') ||
            'Not stated'
          ) : (
            <span className="text-slate-600">Shared once an introduction is accepted.</span>
          )}
        </Row>
      </dl>
    </div>
  )
}
