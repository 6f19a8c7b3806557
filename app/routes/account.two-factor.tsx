import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useId } from 'react'
import { z } from 'zod'
import { hasStaffRole } from '~/modules/auth/roles'
import { requireUser } from '~/modules/auth/session.server'
import {
  beginTwoFactorSetup,
  cancelTwoFactorSetup,
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  setupDetails,
  twoFactorStatus,
} from '~/modules/auth/two-factor.server'
import { resolveLocale } from '~/modules/i18n/locale.server'
import { messagesFor } from '~/modules/i18n/messages'
import { pageTitle } from '~/modules/i18n/page-title'
import { useT } from '~/modules/i18n/use-translation'
import { readForm } from '~/modules/security/form-data.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.account.twoFactor.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const status = await twoFactorStatus(user.id)
  return json({
    ...status,
    requiredForRole: hasStaffRole(user.role),
    setup: status.settingUp ? await setupDetails(user.id) : null,
  })
}

const reauthentication = { code: z.string().trim(), password: z.string().max(1000) }
const commandSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('start') }),
  z.object({ intent: z.literal('replace'), ...reauthentication }),
  z.object({ intent: z.literal('cancel') }),
  z.object({ intent: z.literal('enable'), code: z.string().trim() }),
  z.object({ intent: z.literal('regenerate'), code: z.string().trim() }),
  z.object({ intent: z.literal('disable'), ...reauthentication }),
])

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const parsed = commandSchema.safeParse(Object.fromEntries(await readForm(request, context)))
  const t = messagesFor(resolveLocale(request, user.locale)).account.twoFactor
  if (!parsed.success) return json({ error: t.enterCode, codes: null }, { status: 400 })
  const command = parsed.data
  const refused = (problem: 'reauthenticate' | 'staff-must-keep') =>
    problem === 'staff-must-keep'
      ? json({ error: t.staffKeepOn, codes: null }, { status: 403 })
      : json({ error: t.wrongPasswordOrCode, codes: null }, { status: 400 })
  switch (command.intent) {
    case 'start':
    case 'replace': {
      const started = await beginTwoFactorSetup(
        user.id,
        command.intent === 'replace' ? { password: command.password, code: command.code } : undefined,
      )
      return started.ok ? redirect('/account/two-factor') : refused(started.problem)
    }
    case 'cancel':
      await cancelTwoFactorSetup(user.id)
      return redirect('/account/two-factor')
    case 'enable':
    case 'regenerate': {
      const codes =
        command.intent === 'enable'
          ? await enableTwoFactor(user.id, command.code)
          : await regenerateRecoveryCodes(user.id, command.code)
      if (!codes) return json({ error: t.wrongCode, codes: null }, { status: 400 })
      return json({ error: null, codes })
    }
    case 'disable': {
      const disabled = await disableTwoFactor(user.id, { password: command.password, code: command.code })
      return disabled.ok ? redirect('/account/two-factor?turned=off') : refused(disabled.problem)
    }
  }
}

function CodeForm({
  intent,
  button,
  withPassword = false,
}: {
  intent: string
  button: string
  withPassword?: boolean
}) {
  const id = useId()
  const t = useT().account.twoFactor
  return (
    <Form method="post" className="space-y-3">
      <input type="hidden" name="intent" value={intent} />
      {withPassword ? (
        <div>
          <label htmlFor={`${id}-password`} className="block text-sm font-medium">
            {t.yourPassword}
          </label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            required
            autoComplete="current-password"
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-code`} className="block text-sm font-medium">
          {t.code}
        </label>
        <input
          id={`${id}-code`}
          name="code"
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          className="mt-1 block w-40 rounded-md border border-slate-300 px-3 py-2 font-mono"
        />
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        {button}
      </button>
    </Form>
  )
}

export default function TwoFactorPage() {
  const { enabled, setup, unusedCodes, requiredForRole } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const t = useT().account.twoFactor
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
      {searchParams.get('required') && !enabled ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t.required}
        </p>
      ) : null}
      {searchParams.get('turned') === 'off' ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-3">
          {t.turnedOff}
        </p>
      ) : null}
      {result?.error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {result.error}
        </p>
      ) : null}
      {result?.codes ? (
        <section
          aria-labelledby="codes-title"
          className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-5"
        >
          <h2 id="codes-title" className="font-semibold">
            {t.codesTitle}
          </h2>
          <p>{t.codesText}</p>
          <ul className="grid grid-cols-2 gap-2 font-mono">
            {result.codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {setup ? (
        <section
          aria-labelledby="setup-title"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="setup-title" className="font-semibold">
            {t.scanTitle}
          </h2>
          {enabled ? <p className="text-sm text-slate-700">{t.replacingKeepsOld}</p> : null}
          <div
            role="img"
            aria-label={t.qrLabel}
            className="h-48 w-48"
            // The SVG is drawn by the qrcode library from our own key URI, not from user input.
            dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
          />
          <p className="text-sm">
            {t.enterKey} <code className="rounded bg-slate-100 px-2 py-1 font-mono">{setup.secret}</code>
          </p>
          <CodeForm intent="enable" button={enabled ? t.useNewApp : t.turnOn} />
          <Form method="post">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="text-sm font-medium text-brand-700 underline">
              {t.cancelSetup}
            </button>
          </Form>
        </section>
      ) : null}
      {enabled ? (
        <>
          <p>
            {t.isOnBefore} <strong>{t.on}</strong>
            {t.unusedCodes({ count: unusedCodes })}
          </p>
          <section
            aria-labelledby="regenerate-title"
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id="regenerate-title" className="font-semibold">
              {t.newCodesTitle}
            </h2>
            <p className="text-sm text-slate-700">{t.oldCodesStop}</p>
            <CodeForm intent="regenerate" button={t.makeNewCodes} />
          </section>
          {setup ? null : (
            <details className="rounded-lg border border-slate-200 bg-white p-5">
              <summary className="cursor-pointer font-semibold">{t.replaceSummary}</summary>
              <div className="mt-3 space-y-3">
                <p className="text-sm text-slate-700">{t.replaceExplain}</p>
                <CodeForm intent="replace" button={t.replace} withPassword />
              </div>
            </details>
          )}
          {requiredForRole ? null : (
            <details className="rounded-lg border border-red-200 bg-white p-5">
              <summary className="cursor-pointer font-semibold text-red-800">{t.turnOffSummary}</summary>
              <div className="mt-3">
                <CodeForm intent="disable" button={t.turnOff} withPassword />
              </div>
            </details>
          )}
        </>
      ) : setup ? null : (
        <section className="space-y-3">
          <p>{t.explain}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="start" />
            <button
              type="submit"
              className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
            >
              {t.setUp}
            </button>
          </Form>
        </section>
      )}
    </div>
  )
}
