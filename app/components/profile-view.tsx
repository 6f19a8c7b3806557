import type { ReactNode } from 'react'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { languageName } from '~/modules/profiles/profile-fields'
import type { ProfileSnapshot } from '~/modules/profiles/snapshot'
import { streamDirections, type StreamDirection } from '~/modules/profiles/streams'
import { cityWithoutCountry, countryName, regionOf } from '~/modules/taxonomy/countries'
import type { TermLabels } from '~/modules/taxonomy/term-labels'
import { formatList } from '~/utils/format'

function Tags({ codes, labels }: { codes: string[] | null; labels: Record<string, string> }) {
  const t = useT()
  if (!codes?.length) return <span className="text-slate-600">{t.profiles.notStated}</span>
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

/** Streams of one direction: the stream, then quantity, grade and countries where given. */
function Streams({
  profile,
  direction,
  labels,
}: {
  profile: ProfileSnapshot
  direction: StreamDirection
  labels: TermLabels
}) {
  const locale = useLocale()
  const t = useT()
  const view = t.profiles.view
  const entries = (profile.streams ?? []).filter((entry) => entry.direction === direction)
  if (!entries.length) return <span className="text-slate-600">{t.profiles.notStated}</span>
  return (
    <ul className="space-y-1">
      {entries.map((entry) => (
        <li key={entry.stream}>
          <span className="font-medium">{labels.stream[entry.stream] ?? entry.stream}</span>
          {[
            entry.tonnesPerYear ? view.perYear({ tonnes: entry.tonnesPerYear.toLocaleString(locale) }) : null,
            entry.note ? <span translate="no">{entry.note}</span> : null,
            entry.countries.length
              ? view.availableIn({
                  countries: formatList(
                    entry.countries.map((code) => countryName(code, locale)),
                    locale,
                  ),
                })
              : null,
          ]
            .filter(Boolean)
            .map((part, index) => (
              <span key={index} className="text-slate-700">
                {' · '}
                {part}
              </span>
            ))}
        </li>
      ))}
    </ul>
  )
}

/** The description in the reader's language when there is one, with the other version a click away. */
function Description({ profile }: { profile: ProfileSnapshot }) {
  const locale = useLocale()
  const t = useT()
  const english = { text: profile.description, lang: 'en' }
  const japanese = profile.descriptionJa ? { text: profile.descriptionJa, lang: 'ja' } : null
  const [main, other] = locale === 'ja' && japanese ? [japanese, english] : [english, japanese]
  return (
    <div className="space-y-3">
      <p lang={main.lang} className="whitespace-pre-line text-slate-800">
        {main.text}
      </p>
      {other ? (
        <details className="text-slate-800">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">
            {t.profiles.view.otherVersion}
          </summary>
          <p lang={other.lang} className="mt-2 whitespace-pre-line">
            {other.text}
          </p>
        </details>
      ) : null}
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
  const locale = useLocale()
  const t = useT()
  const view = t.profiles.view
  const city = profile.country ? cityWithoutCountry(profile.city, profile.country) : profile.city
  return (
    <div className="space-y-6">
      <Description profile={profile} />
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
        <Row label={view.location}>
          {city ? <span translate="no">{city}</span> : null}
          {city && profile.country ? ', ' : null}
          {profile.country ? countryName(profile.country, locale) : null}
          {/* Japan's region is Japan: named once. */}
          {profile.country && regionOf(profile.country) !== 'jp' ? (
            <span className="ml-2 text-sm text-slate-600">
              ({t.profiles.regions[regionOf(profile.country)]})
            </span>
          ) : null}
        </Row>
        {profile.website ? (
          <Row label={view.website}>
            <a
              href={profile.website}
              rel="noopener noreferrer nofollow"
              className="inline-block py-2.5 text-brand-700 underline"
            >
              {profile.website}
            </a>
          </Row>
        ) : null}
        {profile.size || profile.yearFounded ? (
          <Row label={view.company}>
            {formatList(
              [
                profile.size ? t.profiles.enterprise({ size: t.profiles.sizeShort[profile.size] }) : '',
                profile.yearFounded ? t.profiles.founded({ year: profile.yearFounded }) : '',
              ].filter(Boolean),
              locale,
            )}
          </Row>
        ) : null}
        <Row label={view.roles}>
          <Tags codes={profile.roles} labels={labels.role} />
        </Row>
        <Row label={view.materials}>
          <Tags codes={profile.materials} labels={labels.material} />
        </Row>
        <Row label={view.technologies}>
          <Tags codes={profile.technologies} labels={labels.technology} />
        </Row>
        <Row label={view.offers}>
          <Tags codes={profile.offers} labels={labels.cooperation} />
        </Row>
        <Row label={view.seeks}>
          <Tags codes={profile.seeks} labels={labels.cooperation} />
        </Row>
        {streamDirections.map((direction) => (
          <Row key={direction} label={view[direction]}>
            <Streams profile={profile} direction={direction} labels={labels} />
          </Row>
        ))}
        <Row label={view.markets}>
          <Tags codes={profile.markets} labels={labels.market} />
        </Row>
        <Row label={view.languages}>
          {profile.languages?.length
            ? formatList(
                profile.languages.map((code) => languageName(code, locale)),
                locale,
              )
            : t.profiles.notStated}
        </Row>
        <Row label={view.contact}>
          {showContact ? (
            <span translate="no">
              {[profile.contactName, profile.contactEmail, profile.contactPhone]
                .filter(Boolean)
                .join(' · ') || t.profiles.notStated}
            </span>
          ) : (
            <span className="text-slate-600">{view.contactHidden}</span>
          )}
        </Row>
      </dl>
    </div>
  )
}
