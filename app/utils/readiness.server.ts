import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { prisma } from '~/utils/db.server'

const migrationsDir = path.resolve(process.cwd(), 'prisma/migrations')

export type Readiness = { ready: true } | { ready: false; problem: string }

/** Ready when the database answers and every migration shipped with the app has been applied. */
export async function checkReadiness(): Promise<Readiness> {
  let applied: string[] = []
  try {
    const [table] = await prisma.$queryRaw<{ exists: boolean }[]>`
      SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`
    if (table?.exists) {
      const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`
      applied = rows.map((row) => row.migration_name)
    }
  } catch {
    return { ready: false, problem: 'database unavailable' }
  }
  const shipped = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  const pending = shipped.filter((name) => !applied.includes(name))
  return pending.length
    ? { ready: false, problem: `pending migrations: ${pending.join(', ')}` }
    : { ready: true }
}
