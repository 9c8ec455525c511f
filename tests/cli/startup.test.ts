import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

// What a one-file run may skip to start fast (issue 6): it reads its file, so it never builds process.stdin (a
// stream whose first use loads node's stream modules); standard input is still read when no file is given.
const BIN = join(import.meta.dirname, '../../bin/article-inspect.js')
const SEED = join(import.meta.dirname, '../../fixtures/seed-adg-north-korea.txt')
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }

let trap: string
beforeAll(() => {
  // Preloaded: reports on stderr when anything reads process.stdin.
  trap = join(mkdtempSync(join(tmpdir(), 'ai-startup-')), 'trap.cjs')
  writeFileSync(trap, `const d = Object.getOwnPropertyDescriptor(process, 'stdin')
Object.defineProperty(process, 'stdin', { configurable: true, get() { require('node:fs').writeSync(2, 'stdin read\\n'); return d.get.call(process) } })
`)
})

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['-r', trap, BIN, ...args], { encoding: 'utf8', env, input, timeout: 30_000 })

describe('a one-file run', () => {
  it.each([['summary'], ['quotes', '--json'], ['analyze', '--json', '--jobs', '1']])('%s ... never reads process.stdin', (...args) => {
    const r = run([...args, SEED])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout.length).toBeGreaterThan(100)
  })

  it('still reads standard input when no file is given', () => {
    const r = run(['summary', '--json'], 'Title\n\n"We won," she said.\n')
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/^(?:stdin read\n)+$/)
    expect(JSON.parse(r.stdout).file).toBe('-')
  })
})

describe('exiting as soon as the run is done', () => {
  it('keeps output larger than a pipe buffer whole, and the exit code', () => {
    const r = spawnSync(process.execPath, [BIN, 'analyze', '--json', '--jobs', '1', SEED, SEED, SEED, SEED, SEED, SEED, '/nonexistent'],
      { encoding: 'utf8', env, timeout: 60_000, maxBuffer: 1 << 26 })
    expect(r.stdout.length).toBeGreaterThan(1 << 16)
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(7)
    expect(lines[6].error.code).toBe('ENOENT')
    expect(r.stderr).toBe('article-inspect: /nonexistent: no such file\n')
    expect(r.status).toBe(1)
  })

  it('keeps the usage-error exit code', () => {
    expect(spawnSync(process.execPath, [BIN, 'summary', '--bogus'], { encoding: 'utf8', env }).status).toBe(2)
  })
})
