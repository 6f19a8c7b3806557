/**
 * Builders for realistic records, shared by the demo seed and the tests so that both exercise the
 * same creation paths as the app itself.
 */
import { randomBytes } from 'node:crypto'
import { createAccount, type NewAccount } from '~/modules/auth/accounts.server'

const uniqueSuffix = () => randomBytes(4).toString('hex')

export function anAccount(overrides: Partial<NewAccount> = {}): Required<NewAccount> {
  const suffix = uniqueSuffix()
  return {
    email: `user-${suffix}@example.com`,
    password: `correct horse ${suffix}`,
    displayName: `Test User ${suffix}`,
    role: 'member',
    ...overrides,
  }
}

/** Creates an account and returns it with its clear-text password, for logging in. */
export async function createTestAccount(overrides: Partial<NewAccount> = {}) {
  const account = anAccount(overrides)
  const user = await createAccount(account)
  return { ...user, password: account.password }
}
