/**
 * What `npm start` does for a development or embedded database, and a production server never loads:
 * apply the migrations, seed demo data into an empty database, and print the demo log-ins.
 */
import { demoAccounts, demoPassword } from '../prisma/seed/demo-data'
import { isDatabaseEmpty, seedDemoData } from '../prisma/seed/seed.server'
import { applyPendingMigrations } from './database/migrations'

/** Migrates and seeds the database at `url`; says whether demo data was seeded. */
export async function prepareDemoDatabase(url: string): Promise<boolean> {
  const applied = await applyPendingMigrations(url)
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`)
  if (!(await isDatabaseEmpty())) return false
  const { accounts, organisations } = await seedDemoData()
  console.log(
    `Seeded demo data into the empty database (${accounts} accounts, ${organisations} organisations).`,
  )
  return true
}

export function printDemoLogIns() {
  console.log(`Demo logins (password for all: ${demoPassword}):`)
  for (const account of demoAccounts) {
    console.log(
      `  ${account.role.padEnd(6)}  ${account.email}${account.company ? `  ${account.company}` : ''}`,
    )
  }
  console.log('Staff and admin also need an authenticator code: `npm run cli -- demo:code` prints it.')
}
