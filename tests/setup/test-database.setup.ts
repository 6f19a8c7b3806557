import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import { createPgPool } from '~/utils/pg-pool.server'
import { databaseNameOf } from '../../server/database/admin'

/**
 * Before any test imports the app's modules, point them at this file's database: a copy of the
 * project's migrated one in the unit project (dropped with it at the end of the run), the project's
 * own otherwise.
 */
async function databaseForThisFile(): Promise<string> {
  const template = inject('databaseUrl')
  if (!inject('databasePerFile')) return template
  const name = `${databaseNameOf(template)}_file_${randomBytes(4).toString('hex')}`
  const pool = createPgPool(inject('serverUrl'), { max: 1, name: 'test-file-database' })
  try {
    await pool.query(`CREATE DATABASE "${name}" TEMPLATE "${databaseNameOf(template)}"`)
    // A copy does not carry the settings migrations put on the database (ALTER DATABASE ... SET).
    const { rows } = await pool.query<{ setting: string }>(
      `SELECT unnest(s.setconfig) AS "setting" FROM pg_db_role_setting s
         JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = $1 AND s.setrole = 0`,
      [databaseNameOf(template)],
    )
    for (const { setting } of rows) {
      const [key, ...value] = setting.split('=')
      await pool.query(`ALTER DATABASE "${name}" SET ${key} = '${value.join('=').replaceAll("'", "''")}'`)
    }
  } finally {
    await pool.end()
  }
  const url = new URL(template)
  url.pathname = `/${name}`
  return url.toString()
}

process.env.DATABASE_URL = await databaseForThisFile()
