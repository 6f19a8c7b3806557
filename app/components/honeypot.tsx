import { useT } from '~/modules/i18n/use-translation'

/** The name of a field people never see; form-filling robots fill it in. */
export const honeypotField = 'company_fax'

/** Whether a submitted form filled in the hidden field (so was sent by a robot). */
export const filledHoneypot = (formData: FormData) => Boolean(formData.get(honeypotField))

/** A field hidden from people and from screen readers, kept out of the keyboard order. */
export function Honeypot() {
  const t = useT()
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={honeypotField}>{t.common.honeypotLabel}</label>
      <input id={honeypotField} name={honeypotField} type="text" tabIndex={-1} autoComplete="off" />
    </div>
  )
}
