import type { TermLabels } from '~/modules/taxonomy/term-labels'
import { countryName } from '~/modules/taxonomy/countries'
import type { getIntroductionForViewer } from './introduction-views.server'
import { dateTimeIn, describeMeetingTime } from './meeting-time'

type Found = NonNullable<Awaited<ReturnType<typeof getIntroductionForViewer>>>

/**
 * Everything the introduction page shows, with times already written for the viewer's zone on the
 * server (so the browser renders exactly the same text), and what the viewer may do next.
 */
export function introductionPageData(
  { side, contactsVisible, request, notes }: Found,
  timeZone: string,
  labels: TermLabels,
  now = new Date(),
) {
  const party = side !== 'staff'
  const viewerOrganisationId =
    side === 'sender' ? request.fromOrganisationId : side === 'recipient' ? request.toOrganisationId : null
  const pendingAnswer = request.status === 'pending' && request.expiresAt > now
  const organisationView = (organisation: typeof request.fromOrganisation) => ({
    slug: organisation.slug,
    name: organisation.name,
    country: countryName(organisation.country),
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
    time: describeMeetingTime(slot.startsAt, slot.durationMinutes, timeZone),
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
    brokeredBy: request.brokeredBy?.displayName ?? (request.brokeredById ? 'Centre staff' : null),
    purpose: labels.cooperation[request.purpose] ?? request.purpose,
    message: request.message,
    declineReason: request.declineReason,
    from: organisationView(request.fromOrganisation),
    to: organisationView(request.toOrganisation),
    sender: request.sender,
    createdAt: dateTimeIn(request.createdAt, timeZone),
    expiresAt: request.status === 'pending' ? dateTimeIn(request.expiresAt, timeZone) : null,
    respondedAt: request.respondedAt ? dateTimeIn(request.respondedAt, timeZone) : null,
    closedAt: request.closedAt ? dateTimeIn(request.closedAt, timeZone) : null,
    slots: request.slots.filter((slot) => slot.id !== request.meetingSlotId).map(slotView),
    meeting: request.meetingSlot && request.status === 'accepted' ? slotView(request.meetingSlot) : null,
    messages: request.messages.map((message) => ({
      id: message.id,
      author: message.author?.displayName ?? 'A former member',
      at: dateTimeIn(message.createdAt, timeZone),
      body: message.body,
    })),
    notes: notes.map((note) => ({
      id: note.id,
      author: note.author?.displayName ?? 'Former staff',
      at: dateTimeIn(note.createdAt, timeZone),
      body: note.body,
    })),
    can: {
      answer: side === 'recipient' && pendingAnswer,
      withdraw: side === 'sender' && pendingAnswer,
      arrangeMeeting: party && request.status === 'accepted',
      write: party && request.status === 'accepted',
      addNote: side === 'staff',
    },
  }
}
