import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, test } from 'vitest'
import { createPgPool } from '~/utils/pg-pool.server'
import { dropDatabase, ensureDatabaseExists } from './admin'
import {
  applyPendingMigrations,
  createSchemaScript,
  projectLayout,
  writeMigrationFromSchema,
  type PrismaLayout,
} from './migrations'

const createdDatabases: string[] = []

async function freshDatabase(label: string) {
  const url = new URL(inject('serverUrl'))
  url.pathname = `/${label}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
  await ensureDatabaseExists(url.toString())
  createdDatabases.push(url.toString())
  return url.toString()
}

afterAll(async () => {
  for (const url of createdDatabases) await dropDatabase(url)
})

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const pool = createPgPool(url, { max: 1, name: 'test' })
  try {
    return (await pool.query<T>(sql)).rows
  } finally {
    await pool.end()
  }
}

// Indexes the schema cannot express (on expressions), written by hand in a migration; nothing else may
// differ from schema.prisma.
const handWrittenIndexes = ['Organisation_lower_name_id_idx']
// Checks the schema cannot express, written by hand in a migration (events_and_registrations).
const handWrittenChecks = [
  'Event_capacity_positive',
  'Event_ends_after_it_starts',
  'EventMeeting_confirmed_has_table',
  'EventMeeting_two_organisations',
  'EventSlot_ends_after_it_starts',
  'FollowUp_about_one_thing',
  'FollowUp_agreement_kind',
  'MeetingBlock_ends_after_it_starts',
  'MeetingBlock_lengths',
  'MeetingClaim_holder_kind',
  'MeetingPlan_limits',
  'StoredFile_attachment_has_introduction',
  'StoredFile_size_positive',
]

/** Everything about the public schema that a migration decides, Prisma's own bookkeeping left out. */
async function describeSchema(url: string) {
  // Bookkeeping, and the search table PostgreSQL itself keeps in step with organisations (migration
  // forgiving_directory_search; not in schema.prisma, as the application never writes it).
  const notBookkeeping = `'_prisma_migrations', 'OrganisationSearch'`
  return {
    columns: await query(
      url,
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
              character_maximum_length, numeric_precision, datetime_precision
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name NOT IN (${notBookkeeping})
        ORDER BY table_name, column_name`,
    ),
    indexes: await query(
      url,
      `SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename NOT IN (${notBookkeeping})
        ORDER BY tablename, indexname`,
    ),
    constraints: await query(
      url,
      `SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c
        WHERE c.connamespace = 'public'::regnamespace AND c.conrelid::regclass::text NOT IN (${notBookkeeping}, '"OrganisationSearch"')
        ORDER BY 1, 2`,
    ),
    enums: await query(
      url,
      `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
        WHERE t.typnamespace = 'public'::regnamespace
        ORDER BY t.typname, e.enumsortorder`,
    ),
  }
}

describe('migrations', () => {
  test('the migrations build exactly the schema in schema.prisma (no drift)', async () => {
    const fromMigrations = process.env.DATABASE_URL!
    const fromSchema = await freshDatabase('drift_schema')
    const pool = createPgPool(fromSchema, { max: 1, name: 'test' })
    await pool.query(await createSchemaScript(fromSchema))
    await pool.end()

    const expected = await describeSchema(fromSchema)
    expect(expected.columns.length).toBeGreaterThan(0)
    const migrated = await describeSchema(fromMigrations)
    const handWritten = migrated.indexes.filter((index) =>
      handWrittenIndexes.includes(String(index.indexname)),
    )
    expect(handWritten.map((index) => index.indexname)).toEqual(handWrittenIndexes)
    const checks = migrated.constraints.filter((constraint) =>
      handWrittenChecks.includes(String(constraint.conname)),
    )
    expect(checks.map((constraint) => constraint.conname)).toEqual(handWrittenChecks)
    expect({
      ...migrated,
      indexes: migrated.indexes.filter((index) => !handWritten.includes(index)),
      constraints: migrated.constraints.filter((constraint) => !checks.includes(constraint)),
    }).toEqual(expected)
  })

  test('every table announces its changes on "data_changed", except the ones pages kept ready never show', async () => {
    // Pages kept ready (server/page-cache.ts) are dropped on these announcements: a new table that a page
    // shows must have the trigger (see the migration data_change_notifications), or be named here.
    // OrganisationSearch changes only with "Organisation", which announces it.
    // The meetings at events appear on no page kept ready (only /suggestions is), and a claim changes at
    // every booking: announcing them would drop the kept pages for nothing during the booking rush.
    const meetingTables = [
      'EventMeeting',
      'EventSlot',
      'EventTable',
      'FollowUp',
      'MeetingBlock',
      'MeetingClaim',
      'MeetingPlan',
      'MeetingRating',
      'MeetingWish',
    ]
    const neverShownOnKeptPages = [
      'AuditEntry',
      'EmailMessage',
      // Only the person's own preferences page reads it, which is never kept ready.
      'EmailPreference',
      // File bytes: served by /files/<id> only, which is never kept ready.
      'FileBlob',
      'OrganisationSearch',
      // Only the staff member's own import preview reads it, which is never kept ready.
      'ProfileImport',
      // Saved searches and alerts: read only on the person's own saved-searches page and by the alerts job.
      'AlertCursor',
      'SavedSearch',
      'SavedSearchMatch',
      'SuggestionAlert',
      'rate_limits',
      // Changes only with "Organisation" (a rename), which announces it.
      'OrganisationSlugAlias',
      // Written when the suggestions page is read: its own change must not drop that page.
      'SeenSuggestions',
      ...meetingTables,
    ]
    const url = process.env.DATABASE_URL!
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
        ORDER BY table_name`,
    )
    const announcing = await query<{ table_name: string }>(
      url,
      `SELECT DISTINCT c.relname AS table_name FROM pg_trigger t
         JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'notify_data_changed' AND NOT t.tgisinternal
        ORDER BY 1`,
    )
    expect(announcing.map((row) => row.table_name)).toEqual(
      tables.map((row) => row.table_name).filter((name) => !neverShownOnKeptPages.includes(name)),
    )
  })

  test('applying is recorded in _prisma_migrations and a second run applies nothing', async () => {
    const url = await freshDatabase('apply_twice')
    const first = await applyPendingMigrations(url)
    const folders = (await readdir(projectLayout.migrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    expect(first).toEqual(folders)
    expect(await applyPendingMigrations(url)).toEqual([])
    const recorded = await query<{ migration_name: string; finished_at: Date | null }>(
      url,
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    )
    expect(recorded.map((row) => row.migration_name)).toEqual(folders)
    expect(recorded.every((row) => row.finished_at !== null)).toBe(true)
  })

  test('the latest migration matches schema.prisma, so there is nothing new to write', async () => {
    const result = await writeMigrationFromSchema(process.env.DATABASE_URL!, 'nothing_new')
    expect(result).toEqual({ folder: null, sql: '' })
  })

  describe('writing a new migration', () => {
    let layout: PrismaLayout
    let workDir: string

    async function copyOfProjectLayout() {
      workDir = await mkdtemp(path.join(os.tmpdir(), 'migrations-test-'))
      layout = {
        schemaPath: path.join(workDir, 'schema.prisma'),
        migrationsDir: path.join(workDir, 'migrations'),
      }
      await cp(projectLayout.migrationsDir, layout.migrationsDir, { recursive: true })
      await cp(projectLayout.schemaPath, layout.schemaPath)
    }

    afterAll(async () => {
      if (workDir) await rm(workDir, { recursive: true, force: true })
    })

    test('writes the difference between the latest migration and the schema, and it applies', async () => {
      await copyOfProjectLayout()
      const schema = await readFile(layout.schemaPath, 'utf8')
      await writeFile(layout.schemaPath, `${schema}\nmodel Widget {\n  id   Int    @id\n  name String\n}\n`)

      const result = await writeMigrationFromSchema(
        process.env.DATABASE_URL!,
        'add_widget',
        layout,
        new Date('2030-01-02T03:04:05Z'),
      )
      expect(result.folder).toBe('20300102030405_add_widget')
      expect(result.sql).toContain('CREATE TABLE "Widget"')
      expect(result.sql).not.toContain('CREATE TABLE "User"')

      const url = await freshDatabase('new_migration')
      const applied = await applyPendingMigrations(url, layout)
      expect(applied.at(-1)).toBe('20300102030405_add_widget')
      const tables = await query<{ table_name: string }>(
        url,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'Widget'`,
      )
      expect(tables).toHaveLength(1)

      // The snapshot is rewritten with the migration: asking again writes nothing.
      expect(await readFile(path.join(layout.migrationsDir, 'schema.snapshot.prisma'), 'utf8')).toBe(
        await readFile(layout.schemaPath, 'utf8'),
      )
      expect(await writeMigrationFromSchema(process.env.DATABASE_URL!, 'again', layout)).toEqual({
        folder: null,
        sql: '',
      })
    })

    test('refuses a name that is not a plain identifier, writing nothing', async () => {
      await copyOfProjectLayout()
      const before = await readdir(layout.migrationsDir)
      await expect(
        writeMigrationFromSchema(process.env.DATABASE_URL!, 'Add Widget!', layout),
      ).rejects.toThrow(/lower-case letters, digits and underscores/)
      expect(await readdir(layout.migrationsDir)).toEqual(before)
    })
  })
})
