import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import type { TermLabels } from '~/modules/taxonomy/term-labels'
import { countryName } from '~/modules/taxonomy/countries'
import type { getIntroductionForViewer } from './introduction-views.server'
import { dateTimeIn, describeMeetingTime, zoneCity } from './meeting-time'
import { allowedMoves } from './introduction-moves'

type Found = NonNullable<Awaited<ReturnType<typeof getIntroductionForViewer>>>

/**
 * Everything the introduction page shows, with times already written for the viewer's zone on the
 * server (so the browser renders exactly the same text), and what the viewer may do next.
 */
export function introductionPageData(
  { side, contactsVisible, request, notes }: Found,
  timeZone: string,
  labels: TermLabels,
  locale: Locale = 'en',
  now = new Date(),
) {
  const texts = messagesFor(locale).introductions.page
  const party = side !== 'staff'
  const viewerOrganisationId =
    side === 'sender' ? request.fromOrganisationId : side === 'recipient' ? request.toOrganisationId : null
  const pendingAnswer = request.status === 'pending' && request.expiresAt > now
  const organisationView = (organisation: typeof request.fromOrganisation) => ({
    slug: organisation.slug,
    name: organisation.name,
    nameJa: organisation.nameJa,
    country: countryName(organisation.country, locale),
    contact: contactsVisible
      ? {
          name: organisation.contactName,
          email: organisation.contactEmail,
          phone: organisation.contactPhone,
        }
      : null,
  })
  const slotView = (slot: (typeof request.slots)[number]) => ({
    id: slot.id,
    time: describeMeetingTime(slot.startsAt, slot.durationMinutes, timeZone, locale),
    durationMinutes: slot.durationMinutes,
    mode: slot.mode,
    location: slot.location,
    proposedBy: slot.proposedByOrganisationId === request.fromOrganisationId ? 'sender' : 'recipient',
    canConfirm:
      party &&
      slot.proposedByOrganisationId !== viewerOrganisationId &&
      slot.startsAt > now &&
      slot.id !== request.meetingSlotId &&
      (request.status === 'accepted' || (pendingAnswer && side === 'recipient')),
  })
  return {
    id: request.id,
    side,
    status: request.status,
    timeZone,
    timeZoneCity: zoneCity(timeZone, locale),
    brokeredBy: request.brokeredBy?.displayName ?? (request.brokeredById ? texts.centreStaff : null),
    purpose: labels.cooperation[request.purpose] ?? request.purpose,
    message: request.message,
    declineReason: request.declineReason,
    from: organisationView(request.fromOrganisation),
    to: organisationView(request.toOrganisation),
    sender: request.sender,
    createdAt: dateTimeIn(request.createdAt, timeZone, locale),
    expiresAt: request.status === 'pending' ? dateTimeIn(request.expiresAt, timeZone, locale) : null,
    respondedAt: request.respondedAt ? dateTimeIn(request.respondedAt, timeZone, locale) : null,
    closedAt: request.closedAt ? dateTimeIn(request.closedAt, timeZone, locale) : null,
    slots: request.slots.filter((slot) => slot.id !== request.meetingSlotId).map(slotView),
    meeting: request.meetingSlot && request.status === 'accepted' ? slotView(request.meetingSlot) : null,
    messages: request.messages.map((message) => ({
      id: message.id,
      author: message.author?.displayName ?? texts.formerMember,
      at: dateTimeIn(message.createdAt, timeZone, locale),
      body: message.body,
    })),
    notes: notes.map((note) => ({
      id: note.id,
      author: note.author?.displayName ?? texts.formerStaff,
      at: dateTimeIn(note.createdAt, timeZone, locale),
      body: note.body,
    })),
    attachments: request.attachments.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      contentType: file.contentType,
      byteSize: file.byteSize,
      by: file.uploadedBy?.displayName ?? texts.formerMember,
      at: dateTimeIn(file.createdAt, timeZone, locale),
      ours: file.organisationId === viewerOrganisationId,
    })),
    can: allowedMoves(side, request, now),
  }
}
