import PgBoss from 'pg-boss'
import { emailPasswordResetLink, passwordResetEmailQueue } from '~/modules/auth/password-reset.server'
import { deliverEmail, queuedEmailIds } from '~/modules/email/outbox.server'
import { sendEventReminders } from '~/modules/events/reminders.server'
import { expireOverdueIntroductions } from '~/modules/introductions/introductions.server'
import { refreshStaleSuggestions } from '~/modules/matching/suggestions.server'
import { expireMeetingRequests } from '~/modules/meetings/booking.server'
import { sendDueFollowUps } from '~/modules/outcomes/follow-ups.server'
import { sendWeeklyDigests } from '~/modules/notifications/weekly-digest.server'
import { sendAlerts } from '~/modules/alerts/alerts.server'
import { databasePool } from '~/utils/db.server'
import { logger } from '~/utils/logger.server'
import { registerJobQueue } from './enqueue.server'

export const jobQueues = {
  sendEmail: 'email-send',
  expireIntroductions: 'introductions-expire',
  refreshSuggestions: 'suggestions-refresh',
  remindEventParticipants: 'events-remind',
  expireMeetingRequests: 'meetings-expire',
  sendFollowUps: 'follow-ups-send',
  sendWeeklyDigests: 'digests-send',
  sendAlerts: 'alerts-send',
  passwordResetEmail: passwordResetEmailQueue,
} as const

const emailWorkers = 3

export type JobRunnerOptions = {
  /** How often idle workers look for new jobs. */
  pollingIntervalSeconds?: number
  /** How often the outbox is checked for emails that have no delivery job yet. */
  outboxRelayIntervalMs?: number
  /**
   * Each minute, at most this long computing partner suggestions ahead (0: never): a share of one core,
   * leaving the rest to requests.
   */
  suggestionsAheadMsPerMinute?: number
}

export type JobRunner = { boss: PgBoss; stop: () => Promise<void> }

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>) {
  if (await boss.getQueue(name)) return
  try {
    await boss.createQueue(name, { name, ...options })
  } catch (error) {
    // Another app server created it at the same moment.
    if (!(await boss.getQueue(name))) throw error
  }
}

/** Queues every outbox email that has no delivery job yet (a queue's key allows one per email). */
export async function relayOutbox(boss: PgBoss) {
  for (const emailId of await queuedEmailIds()) {
    await boss.send(jobQueues.sendEmail, { emailId }, { singletonKey: emailId })
  }
}

/**
 * Starts the PostgreSQL-backed job queue (pg-boss) on the app's own pool: emails are delivered with
 * retries; every minute, once across all app servers, overdue introduction requests expire and stale
 * partner suggestions are computed ahead; every ten minutes, participants of tomorrow's events are reminded;
 * every five minutes, newly listed organisations are announced to saved searches and strong partners;
 * on Monday mornings the weekly digests go out.
 */
export async function startJobRunner(options: JobRunnerOptions = {}): Promise<JobRunner> {
  const {
    pollingIntervalSeconds = 2,
    outboxRelayIntervalMs = 5_000,
    suggestionsAheadMsPerMinute = 15_000,
  } = options
  const pool = databasePool()
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: 'pgboss',
  })
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'))
  await boss.start()

  await ensureQueue(boss, jobQueues.sendEmail, {
    policy: 'stately',
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
  })
  await ensureQueue(boss, jobQueues.passwordResetEmail, { policy: 'standard', retryLimit: 3, retryDelay: 5 })
  await ensureQueue(boss, jobQueues.expireIntroductions, { policy: 'singleton', retryLimit: 2 })
  await boss.schedule(jobQueues.expireIntroductions, '* * * * *', undefined, { tz: 'UTC' })
  await ensureQueue(boss, jobQueues.refreshSuggestions, { policy: 'singleton', retryLimit: 0 })
  await boss.schedule(jobQueues.refreshSuggestions, '* * * * *', undefined, { tz: 'UTC' })
  await ensureQueue(boss, jobQueues.remindEventParticipants, { policy: 'singleton', retryLimit: 2 })
  await boss.schedule(jobQueues.remindEventParticipants, '*/10 * * * *', undefined, { tz: 'UTC' })
  await ensureQueue(boss, jobQueues.expireMeetingRequests, { policy: 'singleton', retryLimit: 2 })
  await boss.schedule(jobQueues.expireMeetingRequests, '* * * * *', undefined, { tz: 'UTC' })
  await ensureQueue(boss, jobQueues.sendFollowUps, { policy: 'singleton', retryLimit: 2 })
  await boss.schedule(jobQueues.sendFollowUps, '17 * * * *', undefined, { tz: 'UTC' })
  await ensureQueue(boss, jobQueues.sendWeeklyDigests, { policy: 'singleton', retryLimit: 2 })
  // Monday morning in Brussels, Monday afternoon in Tokyo.
  await boss.schedule(jobQueues.sendWeeklyDigests, '0 7 * * 1', undefined, { tz: 'UTC' })
  await ensureQueue(boss, jobQueues.sendAlerts, { policy: 'singleton', retryLimit: 2 })
  await boss.schedule(jobQueues.sendAlerts, '*/5 * * * *', undefined, { tz: 'UTC' })

  // A few workers, so that one slow SMTP exchange does not hold up every other email.
  for (let worker = 0; worker < emailWorkers; worker++) {
    await boss.work<{ emailId: string }>(
      jobQueues.sendEmail,
      { pollingIntervalSeconds, includeMetadata: true },
      async ([job]) => {
        if (!job) return
        await deliverEmail(job.data.emailId, { finalAttempt: job.retryCount >= job.retryLimit })
      },
    )
  }
  await boss.work<{ address: string }>(
    jobQueues.passwordResetEmail,
    { pollingIntervalSeconds },
    async ([job]) => {
      if (job) await emailPasswordResetLink(job.data.address)
    },
  )
  await boss.work(jobQueues.expireIntroductions, { pollingIntervalSeconds }, async () => {
    const expired = await expireOverdueIntroductions()
    if (expired) logger.info({ expired }, 'expired unanswered introduction requests')
  })

  await boss.work(jobQueues.remindEventParticipants, { pollingIntervalSeconds }, async () => {
    const reminded = await sendEventReminders()
    if (reminded) logger.info({ reminded }, 'reminded event participants of tomorrow')
  })

  await boss.work(jobQueues.expireMeetingRequests, { pollingIntervalSeconds }, async () => {
    const expired = await expireMeetingRequests()
    if (expired) logger.info({ expired }, 'expired meeting requests at their cut-off')
  })

  await boss.work(jobQueues.sendFollowUps, { pollingIntervalSeconds }, async () => {
    const { sent, reminded } = await sendDueFollowUps()
    if (sent || reminded) logger.info({ sent, reminded }, 'asked organisations what came of their meetings')
  })

  await boss.work(jobQueues.sendAlerts, { pollingIntervalSeconds }, async () => {
    const announced = await sendAlerts()
    if (announced.searches || announced.suggestions)
      logger.info(announced, 'announced newly listed organisations')
  })

  await boss.work(jobQueues.sendWeeklyDigests, { pollingIntervalSeconds }, async () => {
    const sent = await sendWeeklyDigests()
    if (sent) logger.info({ sent }, 'sent weekly digests')
  })

  await boss.work(jobQueues.refreshSuggestions, { pollingIntervalSeconds }, async () => {
    if (!suggestionsAheadMsPerMinute) return
    const refreshed = await refreshStaleSuggestions({ budgetMs: suggestionsAheadMsPerMinute })
    if (refreshed) logger.info({ refreshed }, 'computed partner suggestions ahead')
  })

  let relaying = false
  const relay = setInterval(() => {
    if (relaying) return
    relaying = true
    relayOutbox(boss)
      .catch((error: unknown) => logger.error({ err: error }, 'outbox relay failed'))
      .finally(() => (relaying = false))
  }, outboxRelayIntervalMs)
  relay.unref()
  registerJobQueue(boss)

  return {
    boss,
    stop: async () => {
      registerJobQueue(undefined)
      clearInterval(relay)
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
    },
  }
}
