/**
 * Runs `prisma generate` without the native schema engine, which cannot be downloaded here.
 * The client generator is WebAssembly; the CLI only insists that an engine file exists, so it is
 * pointed at a file that does. See docs/decisions/002-migrations-with-the-wasm-schema-engine.md.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const anyExistingFile = require.resolve('@prisma/schema-engine-wasm')
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build/index.js')

const result = spawnSync(process.execPath, [prismaCli, 'generate', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? anyExistingFile,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
process.exit(result.status ?? 1)
