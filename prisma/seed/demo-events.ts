import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { eventInputSchema } from '~/modules/events/event-fields'
import { createEvent, publishEvent } from '~/modules/events/events.server'
import {
  approveRegistration,
  declineRegistration,
  recordAttendance,
  register,
} from '~/modules/events/registrations.server'
import { prisma } from '~/utils/db.server'
import { demoAccounts } from './demo-data'
import { seedDemoMeetings } from './demo-meetings'

const day = 24 * 60 * 60 * 1000
const dateIn = (days: number, timeZone: string) =>
  format(new TZDate(Date.now() + days * day, timeZone), 'yyyy-MM-dd')

async function ownerOf(slug: string) {
  const member = await prisma.organisationMember.findFirstOrThrow({
    where: { organisation: { slug }, role: 'owner' },
  })
  return member.userId
}

async function makeEvent(staffId: string, form: Record<string, unknown>) {
  const { id } = await createEvent(staffId, eventInputSchema.parse(form))
  await publishEvent(staffId, id)
  return id
}

async function registerOwners(eventId: string, slugs: string[], extra: Record<string, unknown> = {}) {
  const made = []
  for (const slug of slugs) {
    const userId = await ownerOf(slug)
    const [registration] = await register({
      eventId,
      actorId: userId,
      people: [userId],
      answer: null,
      listed: true,
      ...extra,
    })
    made.push(registration!)
  }
  return made
}

const webinarAgenda = [
  '09:30 | Welcome and introduction | 開会挨拶 | EU-Japan Centre for Industrial Cooperation',
  '09:40 | The EU Critical Raw Materials Act and circularity | EU重要原材料法とサーキュラリティ | European Commission, DG GROW',
  '10:00 | Japan’s resource circulation strategy for strategic metals | 戦略的金属の資源循環戦略 | METI',
  '10:20 | Battery recycling: a Nordic-Japanese case | 電池リサイクル：北欧と日本の事例 | Nordic Battery Loop AB; Osaka Cell Works',
  '10:50 | Rare-earth magnets: from dismantling to refining | レアアース磁石：解体から精製まで | Magnetkreis GmbH; Tokyo Rare Metals',
  '11:15 | Questions and answers, next steps | 質疑応答・今後の予定 |',
].join('\n')

/**
 * The Centre's events, made through the same code as the app: the circular-economy webinar a few weeks
 * ahead (9:30 Brussels time), a brokerage event with registrations waiting for approval and a waiting
 * list, and two past events whose attendance was recorded.
 */
export async function seedDemoEvents() {
  const staff = demoAccounts.find((account) => account.role === 'staff')!
  const staffId = (await prisma.user.findUniqueOrThrow({ where: { email: staff.email } })).id
  const webinarDay = dateIn(28, 'Europe/Brussels')
  const webinar = await makeEvent(staffId, {
    title:
      'Opportunities for EU & Japan Industrial and Innovation Cooperation in the Circular Economy for Strategic Metals',
    titleJa: '戦略的金属のサーキュラーエコノミーにおける日EU産業・イノベーション協力の機会',
    description:
      'A two-hour webinar on how European and Japanese companies can cooperate across the lifecycle of strategic metals, from product and process development to collection, dismantling and recycling, including joint business in third countries. Speakers from the European Commission, METI and companies on both sides, followed by questions.',
    descriptionJa:
      '製品・プロセス開発から回収、解体、リサイクルまで、戦略的金属のライフサイクル全体で日欧企業がどのように協力できるかを紹介する2時間のウェビナーです。第三国での共同事業も取り上げます。欧州委員会、経済産業省、日欧の企業が登壇し、質疑応答を行います。',
    kind: 'webinar',
    format: 'online',
    timeZone: 'Europe/Brussels',
    startDate: webinarDay,
    startTime: '09:30',
    endDate: webinarDay,
    endTime: '11:30',
    meetingUrl: 'https://zoom.example/j/8123456789',
    materials: ['lithium', 'cobalt', 'nickel', 'neodymium', 'dysprosium', 'platinum'],
    technologies: ['li-ion-battery', 'permanent-magnet'],
    markets: ['asean'],
    agenda: webinarAgenda,
    contacts: 'Sofia Moreau <events@eu-japan.example>\nKeiko Sato <events-tokyo@eu-japan.example>',
    question: 'What do you hope to get from this webinar?',
    questionJa: 'このウェビナーに期待することは何ですか？',
    participantsShown: 'on',
  })
  await registerOwners(webinar, ['magnetkreis', 'tokyo-rare-metals', 'kyushu-dismantling'], {
    answer: 'Partners for magnet recycling.',
  })

  const brokerageDay = dateIn(45, 'Europe/Brussels')
  const brokerage = await makeEvent(staffId, {
    title: 'EU-Japan Battery and Magnet Recycling Brokerage Event',
    titleJa: '日EU 電池・磁石リサイクル ビジネスマッチング商談会',
    description:
      'One-to-one meetings between European and Japanese companies that recycle batteries and permanent magnets, refine the recovered metals or use them again. Registrations are confirmed by the Centre.',
    descriptionJa:
      '電池と永久磁石のリサイクル、回収金属の精製・再利用に取り組む日欧企業による個別商談会です。申込はセンターが確認のうえ確定します。',
    kind: 'brokerage',
    format: 'hybrid',
    timeZone: 'Europe/Brussels',
    startDate: brokerageDay,
    startTime: '14:00',
    endDate: brokerageDay,
    endTime: '17:30',
    city: 'Brussels',
    venue: 'EU-Japan Centre, Rue Marie de Bourgogne 52',
    meetingUrl: 'https://meet.example/eu-japan-brokerage',
    materials: ['lithium', 'cobalt', 'nickel', 'neodymium'],
    technologies: ['li-ion-battery', 'permanent-magnet'],
    roles: ['recycling', 'refining'],
    capacity: '4',
    needsApproval: 'on',
    agenda:
      '14:00 | Welcome | 開会 | EU-Japan Centre\n14:15 | One-to-one meetings | 個別商談\n17:00 | Networking | 交流会',
    contacts: 'Sofia Moreau <events@eu-japan.example>',
  })
  const brokered = await registerOwners(
    brokerage,
    [
      'nordic-battery-loop',
      'osaka-cell-works',
      'cathode-materials-belgium',
      'nagoya-magnet-technology',
      'batterie-zweites-leben',
      'japan-catalyst-trading',
    ],
    { mode: 'on_site' },
  )
  await approveRegistration(staffId, brokered[0]!.id)
  await approveRegistration(staffId, brokered[1]!.id)
  await seedDemoMeetings(staffId, brokerage, [
    await ownerOf('nordic-battery-loop'),
    await ownerOf('osaka-cell-works'),
  ])

  for (const [index, past] of [
    {
      title: 'Rare-Earth Magnet Recycling Workshop (Tokyo)',
      kind: 'workshop',
      days: 40,
      city: 'Tokyo',
      slugs: ['tokyo-rare-metals', 'magnetkreis', 'nagoya-magnet-technology', 'kyushu-dismantling'],
    },
    {
      title: 'Circular Economy Business Mission to Japan',
      kind: 'mission',
      days: 90,
      city: 'Osaka',
      slugs: ['nordic-battery-loop', 'batterie-zweites-leben', 'pv-cycle-austria'],
    },
  ].entries()) {
    // Made ahead (registration needs an event that has not started), then moved to its past date.
    const startDay = dateIn(3, 'Asia/Tokyo')
    const id = await makeEvent(staffId, {
      title: past.title,
      description: `${past.title}: site visits and meetings between European and Japanese companies on recovering strategic metals.`,
      kind: past.kind,
      format: 'in_person',
      city: past.city,
      timeZone: 'Asia/Tokyo',
      startDate: startDay,
      startTime: '10:00',
      endDate: dateIn(index === 1 ? 6 : 3, 'Asia/Tokyo'),
      endTime: '17:00',
      participantsShown: 'on',
    })
    const made = await registerOwners(id, past.slugs)
    await recordAttendance(
      staffId,
      id,
      made.slice(0, -1).map((registration) => registration.id),
    )
    const event = await prisma.event.findUniqueOrThrow({ where: { id } })
    const shift = (3 + past.days) * day
    await prisma.event.update({
      where: { id },
      data: {
        startsAt: new Date(event.startsAt.getTime() - shift),
        endsAt: new Date(event.endsAt.getTime() - shift),
      },
    })
  }
  await declineRegistration(staffId, brokered[2]!.id, 'This session is for recyclers and refiners only.')
}
