import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { introductionRequestSchema } from '~/modules/introductions/introduction-fields'
import {
  acceptIntroduction,
  declineIntroduction,
  expireOverdueIntroductions,
  sendIntroductionRequest,
} from '~/modules/introductions/introductions.server'
import { confirmMeetingSlot } from '~/modules/introductions/meetings.server'
import { postThreadMessage } from '~/modules/introductions/thread.server'
import { prisma } from '~/utils/db.server'

const day = 24 * 60 * 60 * 1000

/** A date some days from now as the Brussels calendar shows it ("2026-12-09"). */
const brusselsDateIn = (days: number) =>
  format(new TZDate(Date.now() + days * day, 'Europe/Brussels'), 'yyyy-MM-dd')

async function owner(slug: string) {
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { slug },
    include: { members: { where: { role: 'owner' }, take: 1 } },
  })
  return { organisationId: organisation.id, userId: organisation.members[0]!.userId }
}

async function request(fromSlug: string, toSlug: string, fields: Record<string, unknown>, now?: Date) {
  const [from, to] = await Promise.all([owner(fromSlug), owner(toSlug)])
  const id = await sendIntroductionRequest({
    senderId: from.userId,
    fromOrganisationId: from.organisationId,
    toOrganisationId: to.organisationId,
    request: introductionRequestSchema.parse({ timeZone: 'Europe/Brussels', slots: [], ...fields }),
    now,
  })
  return { id, from, to }
}

/**
 * A few introductions between demo organisations, made through the same code as the app, so that the
 * demo shows each state: one waiting for Nordic Battery Loop's answer, one accepted with a meeting and a
 * message, one declined and one expired.
 */
export async function seedDemoIntroductions() {
  await request('osaka-cell-works', 'nordic-battery-loop', {
    purpose: 'raw-materials',
    message:
      'We make Li-ion cells in Osaka and look for a European partner to take back our production scrap and recover cobalt and nickel. Could we talk?',
    timeZone: 'Asia/Tokyo',
    slots: [
      { date: brusselsDateIn(9), time: '16:00', durationMinutes: '60', mode: 'online' },
      { date: brusselsDateIn(10), time: '17:00', durationMinutes: '60', mode: 'online' },
    ],
  })

  const accepted = await request('magnetkreis', 'tokyo-rare-metals', {
    purpose: 'joint-rd',
    message:
      'We recover NdFeB magnets from wind turbines and motors; your refining of rare-earth oxides would close the loop. We propose a first call.',
    slots: [{ date: brusselsDateIn(12), time: '09:30', durationMinutes: '45', mode: 'online' }],
  })
  const slot = await prisma.meetingSlot.findFirstOrThrow({ where: { introductionId: accepted.id } })
  await acceptIntroduction({ introductionId: accepted.id, organisationId: accepted.to.organisationId })
  await confirmMeetingSlot({
    introductionId: accepted.id,
    organisationId: accepted.to.organisationId,
    slotId: slot.id,
  })
  await postThreadMessage({
    introductionId: accepted.id,
    organisationId: accepted.to.organisationId,
    authorId: accepted.to.userId,
    body: 'Thank you for reaching out. We will send our oxide specifications before the call.',
  })

  const declined = await request('pv-cycle-austria', 'japan-power-devices', {
    purpose: 'raw-materials',
    message: 'We recover silver and silicon from end-of-life PV panels and could supply recovered silicon.',
  })
  await declineIntroduction({
    introductionId: declined.id,
    organisationId: declined.to.organisationId,
    reason: 'We source silicon carbide only at the moment.',
  })

  await request(
    'polska-recykling-baterii',
    'kyushu-dismantling',
    {
      purpose: 'recycling-services',
      message:
        'We run a hydrometallurgical line in Poland and look for black mass from Japanese dismantlers.',
    },
    new Date(Date.now() - 20 * day),
  )
  await expireOverdueIntroductions()
}
