/**
 * Prisma's schema engine (the part behind `prisma migrate`), loaded from its WebAssembly build because
 * the native binary cannot be downloaded here. See docs/decisions/002-migrations-with-the-wasm-schema-engine.md.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import type pg from 'pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg'
import type * as SchemaEngineModule from '@prisma/schema-engine-wasm'
import type { SchemaEngine } from '@prisma/schema-engine-wasm'
import { createPgPool } from '~/utils/pg-pool.server'

const require = createRequire(import.meta.url)

// The bindings module is shared by the whole process (it is a plain Node module), so it is
// initialised once per process even when this file is loaded more than once (as test set-ups do).
const processWide = globalThis as unknown as { schemaEngineWasm?: Promise<void> }

function initialiseWasm() {
  processWide.schemaEngineWasm ??= (async () => {
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm')),
      'schema_engine_bg.wasm',
    )
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
    })
    const exports = instance.exports as { __wbindgen_start: () => void }
    ;(bindings as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(exports)
    exports.__wbindgen_start()
  })()
  return processWide.schemaEngineWasm
}

/**
 * The pg adapter runs a migration script by splitting it on every ";", which breaks statements that
 * contain one (function bodies, triggers). Sent whole, PostgreSQL runs the script as one implicit
 * transaction: a migration applies completely or not at all.
 */
class WholeScriptPrismaPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool)
  }

  override async connect() {
    const adapter = await super.connect()
    adapter.executeScript = async (script: string) => {
      await this.pool.query(script)
    }
    return adapter
  }
}

export type SchemaFile = { path: string; content: string }

export type EngineSession = {
  engine: SchemaEngine
  close: () => Promise<void>
}

/** Opens an engine on a database, through a small pool of its own. */
export async function openSchemaEngine(
  schemaFiles: SchemaFile[],
  databaseUrl: string,
): Promise<EngineSession> {
  await initialiseWasm()
  const { SchemaEngine } = bindings as unknown as typeof SchemaEngineModule
  // The engine connects as soon as it starts, even for work that only compares datamodels.
  const pool = createPgPool(databaseUrl, { max: 2, name: 'migrations' })
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPrismaPg(pool))
  const logs: string[] = []
  const engine = await SchemaEngine.new(
    { datamodels: schemaFiles.map((file) => [file.path, file.content] as [string, string]) },
    (message: string) => logs.push(message),
    adapter,
  )
  return {
    engine,
    close: async () => {
      engine.free()
      await pool.end()
    },
  }
}
