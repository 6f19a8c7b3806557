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
import { accountStates } from '~/modules/moderation/account-states'
import {
  changeRole,
  disableAccount,
  enableAccount,
  listAccounts,
} from '~/modules/moderation/accounts-admin.server'
import { Pager } from '~/components/pager'

import { OrganisationName } from '~/components/organisation-name'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { SuccessMessage } from '~/components/success-message'
import { readForm } from '~/modules/security/form-data.server'
import { refusalData } from '~/utils/refusals.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.staff.users.title)

const filtersSchema = z.object({
  q: z.string().trim().max(100).catch('').default(''),
  role: z.enum(roles).optional().catch(undefined),
  state: z.enum(accountStates).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request)
  const filters = filtersSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  return json({
    filters,
    ...(await listAccounts(staff, {
      query: filters.q,
      role: filters.role,
      state: filters.state,
      page: filters.page,
    })),
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

function AccountFilters() {
  const { filters } = useLoaderData<typeof loader>()
  const texts = useT()
  const t = texts.staff.users
  const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2'
  return (
    <Form method="get" role="search" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="accounts-q" className="block text-sm font-medium">
          {t.find}
        </label>
        <input id="accounts-q" type="search" name="q" defaultValue={filters.q} className={field} />
      </div>
      <div>
        <label htmlFor="accounts-role" className="block text-sm font-medium">
          {t.role}
        </label>
        <select id="accounts-role" name="role" defaultValue={filters.role ?? ''} className={field}>
          <option value="">{t.anyRole}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {texts.common.roles[role]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="accounts-state" className="block text-sm font-medium">
          {t.state}
        </label>
        <select id="accounts-state" name="state" defaultValue={filters.state ?? ''} className={field}>
          <option value="">{t.anyState}</option>
          {accountStates.map((state) => (
            <option key={state} value={state}>
              {t.states[state]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
        {t.search}
      </button>
    </Form>
  )
}

type Account = ReturnType<typeof useLoaderData<typeof loader>>['accounts'][number]

/** What staff may do to one account: only what the server would allow is offered. */
function AccountActions({ account }: { account: Account }) {
  const { canChangeRoles, viewerId } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const texts = useT()
  const t = texts.staff.users
  if (account.id === viewerId) return <p className="mt-2 text-sm text-slate-600">{t.yourAccount}</p>
  const error = actionData?.userId === account.id ? actionData.error : null
  return (
    <div className="mt-3 flex flex-wrap items-start gap-4">
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
              className="mt-1 min-h-11 rounded-md border border-slate-300 px-2 py-1"
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {texts.common.roles[role]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 py-1 text-sm">
            {t.changeRole}
            <span className="sr-only" translate="no">
              : {account.displayName}
            </span>
          </button>
        </Form>
      ) : null}
      {!account.manageable ? null : account.disabledAt ? (
        <Form method="post">
          <input type="hidden" name="intent" value="enable" />
          <input type="hidden" name="userId" value={account.id} />
          <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 py-1 text-sm">
            {t.enable}
            <span className="sr-only" translate="no">
              : {account.displayName}
            </span>
          </button>
        </Form>
      ) : (
        // Disabling ends every session at once: it asks for the reason in a step of its own.
        <details className="min-w-72 flex-1" open={Boolean(error)}>
          <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-red-300 px-3 text-sm font-semibold text-red-700 hover:bg-red-50">
            {t.disableStart}
            <span className="sr-only" translate="no">
              : {account.displayName}
            </span>
          </summary>
          <div className="mt-3 rounded-md border border-red-200 bg-red-50 p-3">
            <p className="mb-2 text-sm text-red-900">{t.disableWarning}</p>
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
        </details>
      )}
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {translateMessage(texts, error)}
        </p>
      ) : null}
    </div>
  )
}

export default function AccountsPage() {
  const { filters, accounts, total, pageCount } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const texts = useT()
  const t = texts.staff.users
  const doneKey = searchParams.get('done') ?? ''
  const done = doneKey in t.done ? t.done[doneKey as keyof typeof t.done] : null
  const pageHref = (page: number) => {
    const params = new URLSearchParams()
    if (filters.q) params.set('q', filters.q)
    if (filters.role) params.set('role', filters.role)
    if (filters.state) params.set('state', filters.state)
    params.set('page', String(page))
    return `/staff/users?${params}`
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      <div aria-live="polite">{done ? <SuccessMessage>{done}</SuccessMessage> : null}</div>
      <AccountFilters />
      <h2 className="text-sm text-slate-700" aria-live="polite">
        {t.count({ count: total })}
      </h2>
      {accounts.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {accounts.map((account) => (
            <li key={account.id} className="p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p>
                  <span className="font-semibold" translate="no">
                    {account.displayName}
                  </span>{' '}
                  <span className="text-sm break-all text-slate-600">{account.email}</span>
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
              {account.disabledReason ? (
                <p className="mt-1 text-sm text-slate-600">
                  {t.reasonGiven} <span translate="no">{account.disabledReason}</span>
                </p>
              ) : null}
              <AccountActions account={account} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t.noMatch}
        </p>
      )}
      <Pager page={Math.min(filters.page, pageCount)} pageCount={pageCount} hrefFor={pageHref} />
    </div>
  )
}
