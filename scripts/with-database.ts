import { getEnv } from '~/utils/env.server'
import { openDatabase } from '../server/database/open-database'

/**
 * Runs a maintenance task against the app's database: DATABASE_URL when set, else the embedded
 * PostgreSQL (started for the task and stopped afterwards).
 */
export async function withAppDatabase<T>(task: (databaseUrl: string) => Promise<T>): Promise<T> {
  const database = await openDatabase(getEnv().DATABASE_URL, () => {})
  process.env.DATABASE_URL = database.url
  try {
    return await task(database.url)
  } finally {
    const { disconnectPrisma } = await import('~/utils/db.server')
    await disconnectPrisma().catch(() => {})
    await database.close()
  }
}

/** Runs a command's main function, printing its error (not a stack trace) and exiting non-zero on failure. */
export function runCommand(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
