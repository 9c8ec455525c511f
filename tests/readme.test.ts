import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'

// The README shows real commands with their real output: `node scripts/update-readme.mjs` rewrites the examples,
// and this test fails when one is out of date. Examples whose data or tool is missing here are skipped, visibly.
it('README examples are the real output of their commands', () => {
  const r = spawnSync('node', [join(import.meta.dirname, '../scripts/update-readme.mjs'), '--check'], { encoding: 'utf8', timeout: 120_000 })
  for (const line of r.stdout.split('\n')) if (line.startsWith('skipped')) console.warn(`README check ${line}`)
  expect(r.stdout.split('\n').filter((l) => l.startsWith('out of date'))).toEqual([])
  expect(r.status).toBe(0)
}, 120_000)
