import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { dismissSuggestion, suggestPartners, type Suggestion } from '~/modules/matching/suggestions.server'
import { requireMembership } from '~/modules/profiles/membership.server'
import { countryName } from '~/modules/taxonomy/countries'

export const meta: MetaFunction = () => [{ title: 'Suggested partners | EU-Japan Circular Metals' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { membership } = await requireMembership(request)
  const { organisation } = membership
  const listed = organisation.status === 'approved' && organisation.suspendedAt === null
  if (!listed) return json({ listed: false as const, name: organisation.name })
  const result = await suggestPartners(organisation.slug)
  return json({
    listed: true as const,
    name: organisation.name,
    suggestions: result?.suggestions ?? [],
    localPartners: result?.localPartners ?? [],
  })
}

const dismissSchema = z.object({ intent: z.literal('dismiss'), organisationId: z.string().min(1) })

export async function action({ request }: ActionFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const parsed = dismissSchema.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) throw new Response('That request was not understood.', { status: 400 })
  await dismissSuggestion(membership.organisation.id, parsed.data.organisationId, user.id)
  return redirect('/suggestions?dismissed=1')
}

const bandStyles = {
  strong: 'bg-emerald-100 text-emerald-900',
  good: 'bg-sky-100 text-sky-900',
  possible: 'bg-slate-200 text-slate-800',
} as const

const bandLabels = { strong: 'Strong fit', good: 'Good fit', possible: 'Possible fit' } as const

function SuggestionCard({ suggestion, busy }: { suggestion: Suggestion; busy: boolean }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-lg font-semibold">
            <Link to={`/organisations/${suggestion.slug}`} className="text-brand-900 hover:underline">
              {suggestion.name}
            </Link>
          </h3>
          <p className="text-sm text-slate-600">
            {[suggestion.city, countryName(suggestion.country)].filter(Boolean).join(', ')}
          </p>
        </div>
        <span className={`rounded-full px-3 py-1 text-sm font-semibold ${bandStyles[suggestion.band]}`}>
          {bandLabels[suggestion.band]}
        </span>
      </div>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-800">
        {suggestion.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <Link
          to={`/introductions/new?to=${suggestion.slug}`}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Request an introduction<span className="sr-only"> to {suggestion.name}</span>
        </Link>
        <Form method="post">
          <input type="hidden" name="intent" value="dismiss" />
          <input type="hidden" name="organisationId" value={suggestion.id} />
          <button
            type="submit"
            disabled={busy}
            className="text-sm text-slate-600 underline hover:text-slate-900"
            aria-label={`Not relevant: stop suggesting ${suggestion.name}`}
          >
            Not relevant
          </button>
        </Form>
      </div>
    </li>
  )
}

export default function SuggestionsPage() {
  const data = useLoaderData<typeof loader>()
  const busy = useNavigation().state !== 'idle'
  if (!data.listed) {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">Suggested partners</h1>
        <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-700">
          Suggestions appear once {data.name}’s profile is approved by the Centre.{' '}
          <Link to="/organisation" className="text-brand-700 underline">
            See your profile’s status
          </Link>
          .
        </p>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Suggested partners</h1>
        <p className="mt-2 text-slate-700">
          Organisations that complement {data.name} along the circular value chain, best first, with the
          reasons.
        </p>
      </div>
      <section aria-labelledby="partners-title">
        <h2 id="partners-title" className="text-lg font-semibold">
          EU-Japan partners
        </h2>
        {data.suggestions.length === 0 ? (
          <p className="mt-3 text-slate-700">
            No suggestion yet. Adding materials, technologies and what you offer and seek to your profile
            helps.
          </p>
        ) : (
          <ul className="mt-3 space-y-4">
            {data.suggestions.map((suggestion) => (
              <SuggestionCard key={suggestion.slug} suggestion={suggestion} busy={busy} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="local-title">
        <h2 id="local-title" className="text-lg font-semibold">
          Local partners in your target markets
        </h2>
        {data.localPartners.length === 0 ? (
          <p className="mt-3 text-slate-700">None yet for the markets you target.</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {data.localPartners.map((suggestion) => (
              <SuggestionCard key={suggestion.slug} suggestion={suggestion} busy={busy} />
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
