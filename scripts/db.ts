/**
 * npm run db:migrate             apply pending migrations
 * npm run db:migration -- <name> write a migration from the difference between the latest migration and schema.prisma
 * npm run db:reset               drop the database, re-create it, migrate and seed demo data
 * npm run db:seed                seed demo data into an empty database
 */
import { dropDatabase, ensureDatabaseExists } from '../server/database/admin'
import { applyPendingMigrations, writeMigrationFromSchema } from '../server/database/migrations'
import { runCommand, withAppDatabase } from './with-database'

const [command, ...args] = process.argv.slice(2)

async function migrate(url: string) {
  const applied = await applyPendingMigrations(url)
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.')
}

async function seed() {
  const { isDatabaseEmpty, seedDemoData } = await import('../prisma/seed/seed.server')
  if (!(await isDatabaseEmpty())) {
    console.log('The database already has data: not seeding. Use `npm run db:reset` to start over.')
    return
  }
  const { accounts, organisations } = await seedDemoData()
  console.log(`Seeded ${accounts} demo accounts and ${organisations} organisations.`)
}

const commands: Record<string, () => Promise<void>> = {
  migrate: () => withAppDatabase(migrate),
  migration: async () => {
    const name = args[0]
    if (!name) throw new Error('Name the migration: npm run db:migration -- <name>, e.g. add_profiles')
    const result = await withAppDatabase((url) => writeMigrationFromSchema(url, name))
    console.log(
      result.folder
        ? `Wrote prisma/migrations/${result.folder}/migration.sql:\n\n${result.sql}`
        : 'schema.prisma matches the latest migration: nothing to write.',
    )
  },
  reset: () =>
    withAppDatabase(async (url) => {
      if (process.env.NODE_ENV === 'production') throw new Error('Refusing to reset a production database.')
      await dropDatabase(url)
      await ensureDatabaseExists(url)
      await migrate(url)
      await seed()
    }),
  seed: () => withAppDatabase(seed),
}

const run = command ? commands[command] : undefined
if (!run) {
  console.error(`Usage: tsx scripts/db.ts <${Object.keys(commands).join('|')}>`)
  process.exit(2)
}
runCommand(run)
