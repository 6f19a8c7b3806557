import { z } from 'zod'

/** Rules shared by every form that takes credentials (browser and server). */
export const passwordMinLength = 12
export const passwordMaxLength = 128

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'An email address is at most 254 characters.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@company.com.' }))

export const newPasswordSchema = z
  .string({ error: 'Choose a password.' })
  .min(passwordMinLength, `Use at least ${passwordMinLength} characters.`)
  .max(passwordMaxLength, `Use at most ${passwordMaxLength} characters.`)

export const displayNameSchema = z
  .string({ error: 'Enter your name.' })
  .trim()
  .min(1, 'Enter your name.')
  .max(100, 'A name is at most 100 characters.')
