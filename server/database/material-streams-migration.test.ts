import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, test } from 'vitest'
import { createPgPool } from '~/utils/pg-pool.server'
import { dropDatabase, ensureDatabaseExists } from './admin'
import { applyPendingMigrations, projectLayout } from './migrations'

const firstWithStreams = '20261202180121_material_streams'
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

/** A database migrated up to, not including, `before`: as a deployment stood before that release. */
async function databaseBefore(before: string) {
  const url = new URL(inject('serverUrl'))
  url.pathname = `/streams_migration_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
  await ensureDatabaseExists(url.toString())
  const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'))
  cleanups.push(async () => {
    await dropDatabase(url.toString())
    await rm(dir, { recursive: true, force: true })
  })
  const migrationsDir = path.join(dir, 'migrations')
  const folders = (await readdir(projectLayout.migrationsDir)).filter((name) => name < before)
  for (const name of folders)
    await cp(path.join(projectLayout.migrationsDir, name), path.join(migrationsDir, name), {
      recursive: true,
    })
  // The schema file only tells the engine which database it works on; the folders decide what runs.
  await applyPendingMigrations(url.toString(), { schemaPath: projectLayout.schemaPath, migrationsDir })
  return url.toString()
}

describe('moving profiles from "end-of-life feedstock" to material streams', () => {
  test('offers become supplied streams and seeks taken ones, from technologies, else materials', async () => {
    const url = await databaseBefore(firstWithStreams)
    const pool = createPgPool(url, { max: 1, name: 'test' })
    try {
      const insert = (
        slug: string,
        technologies: string[],
        materials: string[],
        offers: string[],
        seeks: string[],
      ) =>
        pool.query(
          `INSERT INTO "Organisation" ("id", "slug", "name", "country", "region", "description", "roles",
                                       "technologies", "materials", "offers", "seeks", "updatedAt")
           VALUES ($1, $1, $1, 'DE', 'eu', 'A profile from before material streams existed.', ARRAY['recycling'],
                   $2, $3, $4, $5, now())`,
          [slug, technologies, materials, offers, seeks],
        )
      await insert(
        'battery-recycler',
        ['li-ion-battery'],
        ['lithium'],
        ['recycling-services'],
        ['end-of-life-feedstock'],
      )
      await insert('magnet-dismantler', [], ['neodymium'], ['end-of-life-feedstock'], ['market-access'])
      await insert('unknown-scrap', [], ['tungsten'], ['end-of-life-feedstock'], ['end-of-life-feedstock'])
      await insert('untouched', ['catalyst'], ['platinum'], ['raw-materials'], ['joint-rd'])

      await applyPendingMigrations(url)

      const rows = (
        await pool.query(
          `SELECT "slug", "offers", "seeks", "suppliesStreams", "takesStreams", "streams" FROM "Organisation" ORDER BY "slug"`,
        )
      ).rows
      const bySlug = Object.fromEntries(rows.map((row) => [row.slug, row]))
      expect(bySlug['battery-recycler']).toMatchObject({
        offers: ['recycling-services'],
        seeks: [],
        suppliesStreams: [],
        takesStreams: ['eol-ev-batteries'],
        streams: [{ direction: 'takes', stream: 'eol-ev-batteries', countries: [] }],
      })
      expect(bySlug['magnet-dismantler']).toMatchObject({
        offers: [],
        seeks: ['market-access'],
        suppliesStreams: ['ndfeb-scrap'],
        takesStreams: [],
      })
      expect(bySlug['unknown-scrap']).toMatchObject({
        suppliesStreams: ['mixed-weee'],
        takesStreams: ['mixed-weee'],
      })
      expect(bySlug['untouched']).toMatchObject({
        offers: ['raw-materials'],
        seeks: ['joint-rd'],
        streams: [],
      })

      const retired = await pool.query(
        `SELECT "retiredAt" FROM "TaxonomyTerm" WHERE "kind" = 'cooperation' AND "code" = 'end-of-life-feedstock'`,
      )
      expect(retired.rows[0].retiredAt).not.toBeNull()
      const streams = await pool.query(
        `SELECT count(*)::int AS count FROM "TaxonomyTerm" WHERE "kind" = 'stream'`,
      )
      expect(streams.rows[0].count).toBeGreaterThanOrEqual(18)
    } finally {
      await pool.end()
    }
  })
})
