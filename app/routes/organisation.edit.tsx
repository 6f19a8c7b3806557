import { errorMessage } from '~/modules/i18n/message-keys'
import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ProfileForm } from '~/components/profile-form'
import { formatFieldValue } from '~/modules/profiles/field-labels'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { OrganisationName } from '~/components/organisation-name'
import { profileFormTaxonomy } from '~/modules/profiles/form-taxonomy.server'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'
import { requireMembership } from '~/modules/profiles/membership.server'
import { profileFieldsSchema } from '~/modules/profiles/profile-fields'
import { updateOrganisation } from '~/modules/profiles/profiles.server'
import { toSnapshot } from '~/modules/profiles/snapshot'
import { fieldErrorsOf } from '~/modules/profiles/taxonomy-codes.server'
import { readForm } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.profiles.edit.title)

const editSchema = profileFieldsSchema.extend({
  version: z.coerce.number().int().positive().max(2_147_483_647, errorMessage('notUnderstood')),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const organisation = membership.organisation
  const existingCodes = [
    ...organisation.roles,
    ...organisation.materials,
    ...organisation.technologies,
    ...organisation.offers,
    ...organisation.seeks,
    ...organisation.markets,
  ]
  return json({
    profile: toSnapshot(organisation),
    version: organisation.version,
    taxonomy: await profileFormTaxonomy(existingCodes, resolveLocale(request, user.locale)),
    labels: await loadTermLabels(resolveLocale(request, user.locale)),
  })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const submission = parseWithZod(await readForm(request, context), { schema: editSchema })
  if (submission.status !== 'success')
    return json({ result: submission.reply(), conflict: null }, { status: 400 })
  const { version, ...fields } = submission.value
  const result = await updateOrganisation({
    organisationId: membership.organisation.id,
    userId: user.id,
    baseVersion: version,
    fields,
  })
  if (result.ok) return redirect('/organisation?saved=1')
  if ('conflict' in result) {
    return json({ result: submission.reply(), conflict: result.conflict }, { status: 409 })
  }
  return json(
    { result: submission.reply({ fieldErrors: fieldErrorsOf(result.problems) }), conflict: null },
    { status: 400 },
  )
}

export default function EditOrganisationPage() {
  const { profile, version, taxonomy, labels } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict
  const texts = useT()
  const reader = { t: texts, labels, locale: useLocale() }
  const t = texts.profiles.edit
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">
          {t.heading} <OrganisationName {...profile} />
        </h1>
        <Link
          to="/organisation"
          className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
        >
          {t.cancel}
        </Link>
      </div>
      {conflict ? (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950"
        >
          <p className="font-semibold">
            {conflict.editedBy ? t.changedMeanwhileBy({ name: conflict.editedBy }) : t.changedMeanwhile}
          </p>
          {conflict.theirChanges.length ? (
            <>
              <p>{t.whatTheyChanged}</p>
              <ul className="list-disc pl-6">
                {conflict.theirChanges.map((change) => (
                  <li key={change.field}>
                    <span className="font-medium">{texts.profiles.fields[change.field]}</span>:{' '}
                    <span translate="no">{formatFieldValue(change.field, change.value, reader)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p>
            {t.keptBefore}{' '}
            <Link to="/organisation/edit" reloadDocument className="font-medium underline">
              {t.startAgain}
            </Link>
            {t.keptAfter}
          </p>
        </div>
      ) : null}
      <ProfileForm
        key={conflict ? `conflict-${conflict.currentVersion}` : 'edit'}
        lastResult={actionData?.result}
        defaultValue={profile}
        taxonomy={taxonomy}
        version={conflict?.currentVersion ?? version}
        submitLabel={t.submit}
      />
    </div>
  )
}
