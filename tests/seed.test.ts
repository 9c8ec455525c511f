import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

// The project's hand-checked facts about the seed article (../shared/eval/check-seed.mjs), against the built CLI.
const ROOT = join(import.meta.dirname, '..')
const CHECKER = join(ROOT, '../shared/eval/check-seed.mjs')
const hasChecker = existsSync(CHECKER)
if (!hasChecker) console.warn(`../shared/eval is absent: skipping the seed checker (${CHECKER})`)

it.skipIf(!hasChecker)('passes every seed check', () => {
  const r = spawnSync('node', [CHECKER, join(ROOT, 'fixtures/seed-adg-north-korea.txt')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  expect(r.stdout.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([])
  expect(r.stdout).toMatch(/seed checks: (\d+)\/\1 pass \(all\)/)
  expect(r.status).toBe(0)
})
