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
import { fieldLabels, formatFieldValue } from '~/modules/profiles/field-labels'
import { profileFormTaxonomy } from '~/modules/profiles/form-taxonomy.server'
import { requireMembership } from '~/modules/profiles/membership.server'
import { profileFieldsSchema } from '~/modules/profiles/profile-fields'
import { updateOrganisation } from '~/modules/profiles/profiles.server'
import { toSnapshot } from '~/modules/profiles/snapshot'
import { fieldErrorsOf } from '~/modules/profiles/taxonomy-codes.server'

export const meta: MetaFunction = () => [{ title: 'Edit your organisation | EU-Japan Circular Metals' }]

const editSchema = profileFieldsSchema.extend({ version: z.coerce.number().int().positive() })

export async function loader({ request }: LoaderFunctionArgs) {
  const { membership } = await requireMembership(request)
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
    taxonomy: await profileFormTaxonomy(existingCodes),
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, membership } = await requireMembership(request)
  const submission = parseWithZod(await request.formData(), { schema: editSchema })
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
  const { profile, version, taxonomy } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Edit {profile.name}</h1>
        <Link to="/organisation" className="text-sm font-medium text-brand-700 underline">
          Cancel and go back
        </Link>
      </div>
      {conflict ? (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950"
        >
          <p className="font-semibold">
            This profile was changed meanwhile{conflict.editedBy ? ` by ${conflict.editedBy}` : ''}. Your
            changes were not saved.
          </p>
          {conflict.theirChanges.length ? (
            <>
              <p>What they changed:</p>
              <ul className="list-disc pl-6">
                {conflict.theirChanges.map((change) => (
                  <li key={change.field}>
                    <span className="font-medium">{fieldLabels[change.field]}</span>:{' '}
                    {formatFieldValue(change.value)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p>
            Your version is kept in the form below. Save again to replace theirs with it, or{' '}
            <Link to="/organisation/edit" reloadDocument className="font-medium underline">
              start again from their version
            </Link>
            .
          </p>
        </div>
      ) : null}
      <ProfileForm
        key={conflict ? `conflict-${conflict.currentVersion}` : 'edit'}
        lastResult={actionData?.result}
        defaultValue={profile}
        taxonomy={taxonomy}
        version={conflict?.currentVersion ?? version}
        submitLabel="Save changes"
      />
    </div>
  )
}
