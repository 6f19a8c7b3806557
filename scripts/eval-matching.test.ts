import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, inject, test } from 'vitest'
import type { Evaluation } from './eval-matching'

const root = path.resolve(import.meta.dirname, '..')

describe('the matching evaluation (npm run eval:matching)', () => {
  test('stays at or above the floors recorded in tests/eval/matching/floors.json, and above tag overlap', async () => {
    // Its own database on the test server, through the real import and suggestion code.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/eval-matching.ts', '--json'],
      { cwd: root, env: { ...process.env, DATABASE_URL: inject('serverUrl') }, timeout: 120_000 },
    )
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Evaluation
    const floors = JSON.parse(await readFile(path.join(root, 'tests/eval/matching/floors.json'), 'utf8')) as {
      ndcgAt5: number
      precisionAt3: number
      queriesWithCompetitorInTop3: number
    }
    expect(result.queries).toBeGreaterThanOrEqual(20)
    expect(result.organisations).toBeGreaterThanOrEqual(40)
    expect(result.engine.ndcgAt5).toBeGreaterThanOrEqual(floors.ndcgAt5)
    expect(result.engine.precisionAt3).toBeGreaterThanOrEqual(floors.precisionAt3)
    expect(result.engine.queriesWithCompetitorInTop3).toBeLessThanOrEqual(floors.queriesWithCompetitorInTop3)
    expect(result.engine.ndcgAt5).toBeGreaterThan(result.tagOverlap.ndcgAt5)
  }, 150_000)
})
