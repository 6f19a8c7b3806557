import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ProfileForm } from '~/components/profile-form'
import { requireUser } from '~/modules/auth/session.server'
import { profileFormTaxonomy } from '~/modules/profiles/form-taxonomy.server'
import { profileFieldsSchema } from '~/modules/profiles/profile-fields'
import { createOrganisation, getMembership } from '~/modules/profiles/profiles.server'
import { fieldErrorsOf } from '~/modules/profiles/taxonomy-codes.server'

export const meta: MetaFunction = () => [{ title: 'Create your organisation | EU-Japan Circular Metals' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  if (await getMembership(user.id)) throw redirect('/organisation')
  return json({ taxonomy: await profileFormTaxonomy() })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  if (await getMembership(user.id)) throw redirect('/organisation')
  const submission = parseWithZod(await request.formData(), { schema: profileFieldsSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  const result = await createOrganisation(user.id, submission.value)
  if (!result.ok && 'problems' in result) {
    return json(submission.reply({ fieldErrors: fieldErrorsOf(result.problems) }), { status: 400 })
  }
  return redirect('/organisation?created=1')
}

export default function NewOrganisationPage() {
  const { taxonomy } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Create your organisation’s profile</h1>
        <p className="mt-2 text-slate-700">
          It stays a draft, visible only to you and your colleagues, until you submit it for review by the
          Centre.
        </p>
      </div>
      <ProfileForm lastResult={lastResult} taxonomy={taxonomy} submitLabel="Save draft" />
    </div>
  )
}
