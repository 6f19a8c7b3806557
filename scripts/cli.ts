/**
 * npm run cli -- user:create --email <email> [--role member|staff|admin] [--name <name>] [--password <password>]
 *
 * Creates an account, or gives an existing one the role (and the new password). Without --password a
 * strong one is generated and printed once.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { displayNameSchema, emailSchema, newPasswordSchema } from '~/modules/auth/credentials'
import { roles } from '~/modules/auth/roles'
import { runCommand, withAppDatabase } from './with-database'

const usage =
  'Usage: npm run cli -- user:create --email <email> [--role member|staff|admin] [--name <name>] [--password <password>]'

const userCreateSchema = z.object({
  email: emailSchema,
  role: z.enum(roles, { error: `--role must be one of: ${roles.join(', ')}.` }).default('member'),
  name: displayNameSchema.optional(),
  password: newPasswordSchema.optional(),
})

async function userCreate(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
    },
    strict: true,
  })
  const parsed = userCreateSchema.safeParse(values)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  --${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`${problems.join('\n')}\n${usage}`)
  }
  const { email, role, name } = parsed.data
  const password = parsed.data.password ?? randomBytes(15).toString('base64url')
  const { created, user } = await withAppDatabase(async () => {
    // Imported once the database is known: the module connects on load.
    const { upsertAccountWithRole } = await import('~/modules/auth/accounts.server')
    return upsertAccountWithRole({ email, role, password, displayName: name ?? email.split('@')[0] ?? email })
  })
  console.log(`${created ? 'Created' : 'Updated'} ${user.email} with role ${user.role}.`)
  if (!parsed.data.password) console.log(`Password (shown once): ${password}`)
}

const [command, ...rest] = process.argv.slice(2)
if (command !== 'user:create') {
  console.error(usage)
  process.exit(2)
}
runCommand(() => userCreate(rest))
