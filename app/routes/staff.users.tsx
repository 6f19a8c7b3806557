import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { ReasonForm } from '~/components/reason-form'
import { actsAsAdmin, roles } from '~/modules/auth/roles'
import { requireAdmin, requireStaff } from '~/modules/auth/session.server'
import {
  changeRole,
  disableAccount,
  enableAccount,
  listAccounts,
} from '~/modules/moderation/accounts-admin.server'

import { OrganisationName } from '~/components/organisation-name'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { refusalData } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.users.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const query = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 100)
  return json({
    query,
    accounts: await listAccounts(query),
    canChangeRoles: actsAsAdmin(staff),
    viewerId: staff.id,
  })
}

const commandSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('role'), userId: z.string().min(1), role: z.enum(roles) }),
  z.object({
    intent: z.literal('disable'),
    userId: z.string().min(1),
    reason: z
      .string({ error: errorMessage('disableReasonRequired') })
      .trim()
      .min(3, errorMessage('disableReasonRequired'))
      .max(500, errorMessage('textTooLong', { max: 500 })),
  }),
  z.object({ intent: z.literal('enable'), userId: z.string().min(1) }),
])

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context)
  const parsed = commandSchema.safeParse(Object.fromEntries(formData))
  // Role changes are for admins only; the check comes before anything else is read.
  const actor = formData.get('intent') === 'role' ? await requireAdmin(request) : await requireStaff(request)
  const userId = String(formData.get('userId') ?? '')
  if (!parsed.success) {
    const error = parsed.error.issues[0]?.message ?? errorMessage('notUnderstood')
    return json({ userId, error }, { status: 400 })
  }
  const command = parsed.data
  try {
    if (command.intent === 'role') await changeRole(actor, command.userId, command.role)
    else if (command.intent === 'disable') await disableAccount(actor, command.userId, command.reason)
    else await enableAccount(actor, command.userId)
  } catch (error) {
    return refusalData(error, { userId })
  }
  return redirect(`/staff/users?done=${command.intent}`)
}

export default function AccountsPage() {
  const { query, accounts, canChangeRoles, viewerId } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const texts = useT()
  const t = texts.staff.users
  const doneKey = searchParams.get('done') ?? ''
  const done = doneKey in t.done ? t.done[doneKey as keyof typeof t.done] : null
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      <div aria-live="polite">{done ? <SuccessMessage>{done}</SuccessMessage> : null}</div>
      <Form method="get" role="search" className="flex items-end gap-3">
        <div>
          <label htmlFor="accounts-q" className="block text-sm font-medium">
            {t.find}
          </label>
          <input
            id="accounts-q"
            type="search"
            name="q"
            defaultValue={query}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
          {t.search}
        </button>
      </Form>
      <ul className="space-y-3">
        {accounts.map((account) => (
          <li key={account.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p>
                <span className="font-semibold" translate="no">
                  {account.displayName}
                </span>{' '}
                <span className="text-sm text-slate-600">{account.email}</span>
                {account.membership ? (
                  <span className="ml-2 text-sm text-slate-600">
                    · <OrganisationName {...account.membership.organisation} />
                  </span>
                ) : null}
              </p>
              <p className="text-sm">
                {texts.common.roles[account.role]}
                {account.disabledAt ? (
                  <span className="ml-2 font-semibold text-red-700">{t.disabled}</span>
                ) : null}
              </p>
            </div>
            {actionData?.userId === account.id ? (
              <p role="alert" className="mt-2 text-sm text-red-700">
                {translateMessage(texts, actionData.error)}
              </p>
            ) : null}
            {account.id === viewerId ? null : (
              <div className="mt-3 flex flex-wrap items-end gap-6">
                {canChangeRoles ? (
                  <Form method="post" className="flex items-end gap-2">
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="userId" value={account.id} />
                    <div>
                      <label htmlFor={`role-${account.id}`} className="block text-sm font-medium">
                        {t.role}
                      </label>
                      <select
                        id={`role-${account.id}`}
                        name="role"
                        defaultValue={account.role}
                        className="mt-1 rounded-md border border-slate-300 px-2 py-1"
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {texts.common.roles[role]}
                          </option>
                        ))}
                      </select>
                    </div>
                    <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-sm">
                      {t.changeRole}
                      <span className="sr-only" translate="no">
                        : {account.displayName}
                      </span>
                    </button>
                  </Form>
                ) : null}
                {account.disabledAt ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="enable" />
                    <input type="hidden" name="userId" value={account.id} />
                    <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-sm">
                      {t.enable}
                      <span className="sr-only" translate="no">
                        : {account.displayName}
                      </span>
                    </button>
                  </Form>
                ) : (
                  <div className="min-w-72 flex-1">
                    <ReasonForm
                      intent="disable"
                      label={
                        <>
                          {t.disableLabel} <span translate="no">{account.displayName}</span>
                        </>
                      }
                      buttonLabel={t.disable}
                      tone="danger"
                      hidden={{ userId: account.id }}
                    />
                  </div>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
