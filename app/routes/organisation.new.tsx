import { parseWithZod } from '@conform-to/zod/v4'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ProfileForm } from '~/components/profile-form'
import { requireUser } from '~/modules/auth/session.server'
import { profileFormTaxonomy } from '~/modules/profiles/form-taxonomy.server'
import { profileFieldsSchema } from '~/modules/profiles/profile-fields'
import { acceptInvite, pendingInvitesFor } from '~/modules/profiles/invitations.server'
import { createOrganisation, getMembership } from '~/modules/profiles/profiles.server'
import { fieldErrorsOf } from '~/modules/profiles/taxonomy-codes.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { translateMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { OrganisationName } from '~/components/organisation-name'
import { readForm } from '~/modules/security/form-data.server'
import { refusalData, refusalReply } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.profiles.create.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  if (await getMembership(user.id)) throw redirect('/organisation')
  return json({
    taxonomy: await profileFormTaxonomy([], resolveLocale(request, user.locale)),
    invites: await pendingInvitesFor(user.email),
  })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  if (await getMembership(user.id)) throw redirect('/organisation')
  const formData = await readForm(request, context)
  if (formData.get('intent') === 'accept-invite') {
    try {
      await acceptInvite(user, String(formData.get('inviteId') ?? ''))
    } catch (error) {
      return refusalData(error, { invite: 'refused' as const })
    }
    return redirect('/organisation?joined=1')
  }
  const submission = parseWithZod(formData, { schema: profileFieldsSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  let result: Awaited<ReturnType<typeof createOrganisation>>
  try {
    result = await createOrganisation(user.id, submission.value)
  } catch (error) {
    return refusalReply(submission, error)
  }
  if (!result.ok && 'problems' in result) {
    return json(submission.reply({ fieldErrors: fieldErrorsOf(result.problems) }), { status: 400 })
  }
  return redirect('/organisation?created=1')
}

export default function NewOrganisationPage() {
  const { taxonomy, invites } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const inviteRefusal = actionData && 'invite' in actionData ? actionData.error : null
  const lastResult = actionData && !('invite' in actionData) ? actionData : undefined
  const texts = useT()
  const t = texts.profiles.create
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      {inviteRefusal ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {translateMessage(texts, inviteRefusal)}
        </p>
      ) : null}
      {invites.length ? (
        <section
          aria-labelledby="invites-title"
          className="rounded-lg border border-brand-100 bg-brand-50 p-5"
        >
          <h2 id="invites-title" className="text-lg font-semibold">
            {t.invited}
          </h2>
          <ul className="mt-3 space-y-3">
            {invites.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center justify-between gap-3">
                <span>
                  {t.invitedBy({ name: invite.invitedBy.displayName })}{' '}
                  <strong>
                    <OrganisationName {...invite.organisation} />
                  </strong>
                </span>
                <Form method="post">
                  <input type="hidden" name="intent" value="accept-invite" />
                  <input type="hidden" name="inviteId" value={invite.id} />
                  <button
                    type="submit"
                    className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
                  >
                    {t.join} <OrganisationName {...invite.organisation} />
                  </button>
                </Form>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-700">{t.orCreate}</p>
        </section>
      ) : null}
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.heading}</h1>
        <p className="mt-2 text-slate-700">{t.intro}</p>
      </div>
      <ProfileForm lastResult={lastResult} taxonomy={taxonomy} submitLabel={t.submit} />
    </div>
  )
}
