/**
 * Applies and writes migrations in Prisma's standard layout (prisma/migrations/<timestamp>_<name>/
 * migration.sql, migration_lock.toml), recorded in `_prisma_migrations` exactly as
 * `prisma migrate deploy` records them.
 *
 * `prisma/migrations/schema.snapshot.prisma` keeps `schema.prisma` as it stood when the latest migration
 * was written: the engine cannot introspect a live database here, so the next migration is the
 * difference between that snapshot and the current schema, and writing it rewrites the snapshot. Two
 * branches that each add a migration then both change that file, so git shows the conflict instead of
 * one branch's migration silently repeating or missing the other's
 * (docs/decisions/002-migrations-with-the-wasm-schema-engine.md).
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { MigrationList } from '@prisma/schema-engine-wasm'
import { openSchemaEngine, type SchemaFile } from './schema-engine'

/** Where the schema and its migrations live (tests point this at copies). */
export type PrismaLayout = { schemaPath: string; migrationsDir: string }

const snapshotPath = ({ migrationsDir }: PrismaLayout) => path.join(migrationsDir, 'schema.snapshot.prisma')

const prismaDir = path.resolve(import.meta.dirname, '../../prisma')
export const projectLayout: PrismaLayout = {
  schemaPath: path.join(prismaDir, 'schema.prisma'),
  migrationsDir: path.join(prismaDir, 'migrations'),
}
const noFilters = { externalTables: [], externalEnums: [] }

export async function readSchemaFile(file: string): Promise<SchemaFile> {
  return { path: file, content: await readFile(file, 'utf8') }
}

async function migrationFolderNames({ migrationsDir }: PrismaLayout): Promise<string[]> {
  if (!existsSync(migrationsDir)) return []
  const entries = await readdir(migrationsDir, { withFileTypes: true })
  return entries
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, 'migration.sql')),
    )
    .map((entry) => entry.name)
    .sort()
}

async function readMigrationsList(layout: PrismaLayout): Promise<MigrationList> {
  const { migrationsDir } = layout
  const lockPath = path.join(migrationsDir, 'migration_lock.toml')
  const folders = await migrationFolderNames(layout)
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: 'migration.sql',
          content: {
            tag: 'ok' as const,
            value: await readFile(path.join(migrationsDir, folder, 'migration.sql'), 'utf8'),
          },
        },
      })),
    ),
  }
}

/** Applies every migration the database has not had yet; returns their names. */
export async function applyPendingMigrations(
  databaseUrl: string,
  layout: PrismaLayout = projectLayout,
): Promise<string[]> {
  const { engine, close } = await openSchemaEngine([await readSchemaFile(layout.schemaPath)], databaseUrl)
  try {
    const result = await engine.applyMigrations({
      migrationsList: await readMigrationsList(layout),
      filters: noFilters,
    })
    return result.appliedMigrationNames
  } finally {
    await close()
  }
}

/** The SQL that creates the current schema.prisma from nothing (used to prove there is no drift). */
export async function createSchemaScript(
  databaseUrl: string,
  layout: PrismaLayout = projectLayout,
): Promise<string> {
  return diffDatamodels(databaseUrl, null, await readSchemaFile(layout.schemaPath))
}

async function diffDatamodels(databaseUrl: string, from: SchemaFile | null, to: SchemaFile): Promise<string> {
  const { engine, close } = await openSchemaEngine([to], databaseUrl)
  try {
    const result = await engine.diff({
      from: from ? { tag: 'schemaDatamodel', files: [from] } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [to] },
      script: true,
      exitCode: null,
      filters: noFilters,
    })
    return result.stdout ?? ''
  } finally {
    await close()
  }
}

const emptyDiff = /^\s*(-- This is an empty migration\.)?\s*$/

export type NewMigration = { folder: string; sql: string } | { folder: null; sql: '' }

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with what schema.prisma adds to the
 * snapshot, and makes schema.prisma the new snapshot. Writes nothing when there is no difference. The engine needs a
 * database to start, though the diff itself does not read it.
 */
export async function writeMigrationFromSchema(
  databaseUrl: string,
  name: string,
  layout: PrismaLayout = projectLayout,
  now = new Date(),
): Promise<NewMigration> {
  const { migrationsDir } = layout
  if (!/^[a-z0-9][a-z0-9_]*$/.test(name)) {
    throw new Error('A migration name uses lower-case letters, digits and underscores, e.g. add_profiles.')
  }
  const snapshot = existsSync(snapshotPath(layout)) ? await readSchemaFile(snapshotPath(layout)) : null
  const current = await readSchemaFile(layout.schemaPath)
  const sql = await diffDatamodels(
    databaseUrl,
    snapshot ? { ...snapshot, path: current.path } : null,
    current,
  )
  if (emptyDiff.test(sql)) return { folder: null, sql: '' }

  const timestamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  const folder = `${timestamp}_${name}`
  await mkdir(path.join(migrationsDir, folder), { recursive: true })
  await writeFile(path.join(migrationsDir, folder, 'migration.sql'), sql)
  await writeFile(snapshotPath(layout), current.content)
  const lockPath = path.join(migrationsDir, 'migration_lock.toml')
  if (!existsSync(lockPath)) {
    await writeFile(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    )
  }
  return { folder, sql }
}
