import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/article-inspect.js')
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0
if (!hasScript) console.warn('util-linux `script` is missing: skipping the progress-bar tests that need a terminal')

// Enough inputs that a run takes well over the bar's one-second delay on a fast machine (~10 ms each when warm).
const COPIES = 300
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ai-progress-'))
  for (let i = 0; i < COPIES; i++) copyFileSync(join(ROOT, 'fixtures/seed-adg-north-korea.txt'), join(dir, `a${String(i).padStart(3, '0')}.txt`))
})

/** Runs the CLI with stdout and stderr on a pseudo-terminal; returns everything it printed. */
const onTerminal = (args: string) =>
  spawnSync('script', ['-qec', `node ${BIN} ${args}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 }).stdout

describe('progress bar', () => {
  it('stays silent when stderr is not a terminal', () => {
    const r = spawnSync('node', [BIN, 'speakers', '--jobs', '1', dir], { encoding: 'utf8', timeout: 120_000 })
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
  }, 120_000)

  it.skipIf(!hasScript)('shows inputs done, rate and ETA on a terminal during a long run', () => {
    const out = onTerminal(`speakers --jobs 1 ${dir}`)
    expect(out).toMatch(new RegExp(`\\d+/${COPIES} inputs \\| [\\d.]+/s \\| ETA \\d`))
    expect(out).toMatch(/Rex Tillerson/)
  }, 120_000)

  it.skipIf(!hasScript)('stays silent on a terminal with --quiet', () => {
    const out = onTerminal(`speakers --jobs 1 --quiet ${dir}`)
    expect(out).not.toMatch(/inputs \|/)
    expect(out).toMatch(/Rex Tillerson/)
  }, 120_000)
})
