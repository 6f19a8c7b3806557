/**
 * npm run cli -- user:create --email <email> [--role member|staff|admin] [--name <name>] [--password <password>]
 *   Creates an account, or gives an existing one the role (and the new password). Without --password
 *   a strong one is generated and printed once.
 * npm run cli -- import <file.xlsx|file.csv|file.json>
 *   Imports organisations (format in the README), all or nothing; rows update by slug.
 * npm run cli -- suggest <org-slug> [--limit N] --json
 *   Prints the organisation's ranked partner suggestions as JSON (nothing else on standard output).
 * npm run cli -- leads [--market <code>] [--limit N] --json
 *   Prints ranked third-country cooperation leads as JSON.
 * npm run cli -- demo:code
 *   Prints the current authenticator code of the demo staff and admin accounts.
 */
import { translateMessage } from '~/modules/i18n/message-keys'
import { messagesFor } from '~/modules/i18n/messages'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
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
    const problems = parsed.error.issues.map(
      (issue) => `  --${issue.path.join('.')}: ${translateMessage(messagesFor('en'), issue.message)}`,
    )
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

async function importFile(argv: string[]) {
  const [file] = argv
  if (!file || argv.length > 1) throw new Error(usage)
  const english = messagesFor('en')
  const result = await withAppDatabase(async () => {
    const { readImportFile } = await import('~/modules/profiles/import-files.server')
    const { importOrganisations } = await import('~/modules/profiles/import.server')
    const read = await readImportFile(new File([await readFile(file)], path.basename(file)))
    if (!read.ok && 'error' in read)
      throw new Error(`Could not read ${file}: ${translateMessage(english, read.error)}`)
    return read.ok ? importOrganisations(read.data, null, read.rowNumbers) : read
  })
  if (!result.ok) {
    const lines = result.problems.map(
      ({ row, name, field, message }) =>
        `  ${row === null ? 'file' : `row ${row}${name ? ` (${name})` : ''}`}, ${field}: ${translateMessage(english, message)}`,
    )
    throw new Error(`Nothing was imported. Problems:\n${lines.join('\n')}`)
  }
  console.log(
    `Imported ${result.created + result.updated} organisations: ${result.created} new, ${result.updated} updated.`,
  )
}

async function suggest(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { limit: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  })
  const limit = z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .safeParse(values.limit ?? 20)
  const [slug] = positionals
  if (!slug || positionals.length > 1 || !values.json || !limit.success) throw new Error(usage)
  const result = await withJsonOutput(async () => {
    const { suggestPartners } = await import('~/modules/matching/suggestions.server')
    return suggestPartners(slug, limit.data)
  })
  if (!result) throw new Error(`No organisation with the slug "${slug}".`)
  const shape = (items: typeof result.suggestions) =>
    items.map(({ slug, name, country, score, reasons }) => ({ slug, name, country, score, reasons }))
  const output = {
    organisation: slug,
    suggestions: shape(result.suggestions),
    localPartners: shape(result.localPartners),
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
}

/** Runs a database task whose result is printed as JSON: start-up messages go to standard error. */
async function withJsonOutput<T>(task: () => Promise<T>): Promise<T> {
  const log = console.log
  console.log = console.error
  try {
    return await withAppDatabase(task)
  } finally {
    console.log = log
  }
}

async function leads(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { market: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  })
  const limit = z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .safeParse(values.limit ?? 50)
  if (positionals.length || !values.json || !limit.success) throw new Error(usage)
  const found = await withJsonOutput(async () => {
    const { findLeads } = await import('~/modules/matching/leads.server')
    return findLeads({ market: values.market, limit: limit.data })
  })
  const output = {
    leads: found.map((lead) => ({
      market: lead.market,
      eu: lead.eu.slug,
      jp: lead.jp.slug,
      local: lead.local?.slug ?? null,
      score: lead.score,
      reasons: lead.reasons,
    })),
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
}

async function demoCode() {
  const { demoTotpSecret } = await import('../prisma/seed/demo-data')
  const { totpCodeFor } = await import('~/modules/auth/two-factor.server')
  process.stdout.write(`${totpCodeFor(demoTotpSecret)}\n`)
}

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  leads,
  'demo:code': demoCode,
  'user:create': userCreate,
  import: importFile,
  suggest,
}

const [command, ...rest] = process.argv.slice(2)
const run = command ? commands[command] : undefined
if (!run) {
  console.error(usage)
  process.exit(2)
}
runCommand(() => run(rest))
