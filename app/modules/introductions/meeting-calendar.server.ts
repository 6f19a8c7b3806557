import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { getEnv } from '~/utils/env.server'
import { meetingCalendarFile } from './calendar'
import { introductionLink } from './rules'

type Side = { name: string; nameJa: string | null }

/** The agreed meeting of an introduction as a calendar file, titled with both organisations in `locale`. */
export function introductionMeetingCalendar(input: {
  introductionId: string
  sequence: number
  slot: { startsAt: Date; durationMinutes: number; mode: 'online' | 'in_person'; location: string | null }
  from: Side
  to: Side
  locale: Locale
}) {
  const url = new URL(introductionLink(input.introductionId), getEnv().APP_ORIGIN).toString()
  return meetingCalendarFile({
    introductionId: input.introductionId,
    sequence: input.sequence,
    startsAt: input.slot.startsAt,
    durationMinutes: input.slot.durationMinutes,
    title: `${organisationNameIn(input.from, input.locale)} / ${organisationNameIn(input.to, input.locale)}`,
    description: `${messagesFor(input.locale).introductions.calendar.description({ mode: input.slot.mode })}\n${url}`,
    location: input.slot.location,
    url,
  })
}
