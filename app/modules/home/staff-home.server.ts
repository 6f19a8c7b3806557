import type { Locale } from '~/modules/i18n/locales'
import { eventTitleIn } from '~/modules/events/event-time'
import { stampIn } from '~/modules/introductions/meeting-time'
import { openLeadRequests } from '~/modules/matching/lead-requests.server'
import { reviewQueue } from '~/modules/moderation/moderation.server'
import { openReports } from '~/modules/moderation/reports.server'
import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { prisma } from '~/utils/db.server'

const shown = 5

/**
 * What waits for Centre staff, oldest first: profiles to review, reports to resolve, introductions not yet
 * answered and lead introductions asked for, and the next events they run.
 */
export async function staffHome(timeZone: string, locale: Locale, now = new Date()) {
  const at = (instant: Date) => stampIn(instant, timeZone, locale)
  const [queue, reports, leadRequests, pendingIntroductions, events] = await Promise.all([
    reviewQueue(),
    openReports(),
    openLeadRequests(),
    prisma.introductionRequest.count({ where: { status: 'pending' } }),
    prisma.event.findMany({
      where: { endsAt: { gte: now }, status: { in: ['draft', 'published'] } },
      select: { id: true, title: true, titleJa: true, startsAt: true, status: true },
      orderBy: { startsAt: 'asc' },
      take: 3,
    }),
  ])
  return {
    toReview: {
      count: queue.submitted.length,
      first: queue.submitted.slice(0, shown).map((organisation) => ({
        id: organisation.id,
        name: organisationNameIn(organisation, locale),
        submitted: organisation.submittedAt ? at(organisation.submittedAt) : null,
        resubmission: organisation.resubmission,
      })),
    },
    changedSinceApproval: queue.changedSinceApproval.length,
    reports: {
      count: reports.length,
      first: reports.slice(0, shown).map((report) => ({
        id: report.id,
        organisation: organisationNameIn(report.organisation, locale),
        filed: at(report.createdAt),
      })),
    },
    leadRequests: leadRequests.length,
    pendingIntroductions,
    events: events.map((event) => ({
      id: event.id,
      title: eventTitleIn(event, locale),
      starts: at(event.startsAt),
      draft: event.status === 'draft',
    })),
  }
}
