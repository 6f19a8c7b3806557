import { errorMessage } from '~/modules/i18n/message-keys'
import { z } from 'zod'

/** Rules shared by every form that takes credentials (browser and server). */
export const passwordMinLength = 12
export const passwordMaxLength = 128

export const emailSchema = z
  .string({ error: errorMessage('emailRequired') })
  .trim()
  .toLowerCase()
  .max(254, errorMessage('emailTooLong'))
  .pipe(z.email({ error: errorMessage('emailInvalid') }))

export const newPasswordSchema = z
  .string({ error: errorMessage('passwordRequired') })
  .min(passwordMinLength, errorMessage('passwordTooShort', { min: passwordMinLength }))
  .max(passwordMaxLength, errorMessage('passwordTooLong', { max: passwordMaxLength }))

export const displayNameSchema = z
  .string({ error: errorMessage('nameRequired') })
  .trim()
  .min(1, errorMessage('nameRequired'))
  .max(100, errorMessage('nameTooLong'))
