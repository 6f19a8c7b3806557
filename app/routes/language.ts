import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { savePreferredLocale } from '~/modules/auth/accounts.server'
import { getOptionalUser, safeRedirectPath } from '~/modules/auth/session.server'
import { localeCookie } from '~/modules/i18n/locale.server'
import { isLocale } from '~/modules/i18n/locales'
import { readForm } from '~/modules/security/form-data.server'

export async function loader() {
  return redirect('/')
}

/** The header's language switch: remembered in a cookie, and on the account when someone is signed in. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context)
  const locale = formData.get('locale')
  const returnTo = safeRedirectPath(formData.get('returnTo'))
  if (!isLocale(locale)) return redirect(returnTo)
  const user = await getOptionalUser(request)
  if (user) await savePreferredLocale(user.id, locale)
  return redirect(returnTo, { headers: { 'Set-Cookie': localeCookie(locale) } })
}
