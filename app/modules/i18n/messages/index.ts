import type { Locale } from '../locales'
import { en } from './en'
import { ja } from './ja'

export type Messages = typeof en

export const messages: Record<Locale, Messages> = { en, ja }

export const messagesFor = (locale: Locale): Messages => messages[locale]
