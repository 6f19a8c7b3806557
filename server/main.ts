/**
 * `npm start` (and `npm run dev`): opens the database (embedded unless DATABASE_URL is set), applies
 * pending migrations, seeds demo data into an empty database, then serves the app until a signal.
 *
 * Two steps: the Prisma client reads DATABASE_URL when its module loads, and the embedded database's
 * address is known only once it has started, so the rest of the server (server/serve.ts) is loaded after.
 */
import { InvalidEnvironmentError, readEnv, type Env } from '~/utils/env.server'
import { openDatabase } from './database/open-database'

function readEnvOrExit(): Env {
  try {
    return readEnv()
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

async function main() {
  const env = readEnvOrExit()
  const database = await openDatabase(env.DATABASE_URL)
  process.env.DATABASE_URL = database.url
  const { serve } = await import('./serve')
  await serve(env, database)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
