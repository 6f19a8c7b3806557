import type PgBoss from 'pg-boss'

// The running job queue, on globalThis: the server and the Remix build load their own copies of modules.
const registry = globalThis as unknown as { runningJobQueue?: PgBoss }

export function registerJobQueue(boss: PgBoss | undefined) {
  registry.runningJobQueue = boss
}

/** Puts a job on one of the queues that `startJobRunner` works (jobQueues in job-queue.server.ts). */
export async function enqueueJob(queue: string, data: object) {
  const boss = registry.runningJobQueue
  if (!boss) throw new Error(`The job queue is not running: cannot send a "${queue}" job.`)
  await boss.send(queue, data)
}
