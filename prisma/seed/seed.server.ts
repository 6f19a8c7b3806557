import { createAccount } from '~/modules/auth/accounts.server'
import { prisma } from '~/utils/db.server'
import { demoAccounts, demoPassword } from './demo-data'

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await prisma.user.count()) === 0
}

/** Fills an empty database with the demo accounts. */
export async function seedDemoData() {
  for (const account of demoAccounts) {
    await createAccount({ ...account, password: demoPassword })
  }
  return { accounts: demoAccounts.length }
}
