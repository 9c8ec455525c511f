import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The bundled CLI's V8 code cache (dist/bundle/main.cache, made by npm run build): used when it fits, and any cache
// that does not (missing, made for another build, damaged, other V8 flags) only means a normal compile, silently.
const ROOT = join(import.meta.dirname, '../..')
const SEED = join(ROOT, 'fixtures/seed-adg-north-korea.txt')
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }
const { bundleIdOf, cacheFileOf } = createRequire(import.meta.url)(join(ROOT, 'dist/cli/loadBundle.cjs'))

/** A copy of the installed layout (bin, dist/bundle, the loader, package.json, models) that a test may damage. */
function install(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ai-cache-'))
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true })
  cpSync(join(ROOT, 'dist/bundle'), join(dir, 'dist/bundle'), { recursive: true })
  mkdirSync(join(dir, 'dist/cli'))
  cpSync(join(ROOT, 'dist/cli/loadBundle.cjs'), join(dir, 'dist/cli/loadBundle.cjs'))
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'))
  symlinkSync(join(ROOT, 'models'), join(dir, 'models'))
  return dir
}

/** Runs `script` (node -e) in a process with the CLI's flags set, loading the bundle of install `dir`; prints its cache state. */
function cacheState(dir: string, nodeArgs: string[] = []): string {
  const loader = JSON.stringify(join(dir, 'dist/cli/loadBundle.cjs')), bundle = JSON.stringify(join(dir, 'dist/bundle/main.cjs'))
  const script = `const l = require(${loader}); l.setRunFlags(); process.stdout.write(l.loadBundle(${bundle}).cache)`
  const r = spawnSync(process.execPath, [...nodeArgs, '-e', script], { encoding: 'utf8', env })
  expect(r.stderr).toBe('')
  return r.stdout
}

function run(dir: string, args: string[], nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, join(dir, 'bin/article-inspect.js'), ...args], { encoding: 'utf8', env, timeout: 30_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let dirs: string[] = []
let expected: string
beforeAll(() => {
  const r = run(ROOT, ['analyze', '--json', SEED])
  expect(r.code).toBe(0)
  expected = r.stdout
})
afterAll(() => {
  for (const d of dirs) {
    chmodSync(join(d, 'dist/bundle'), 0o755)
    rmSync(d, { recursive: true, force: true })
  }
})
const fresh = () => {
  const d = install()
  dirs.push(d)
  return d
}
const cacheOf = (d: string) => cacheFileOf(join(d, 'dist/bundle/main.cjs'))

describe('the code cache', () => {
  it('is made by the build for this very bundle, and used', () => {
    const d = fresh()
    expect(bundleIdOf(readFileSync(join(d, 'dist/bundle/main.cjs'), 'utf8'))).toMatch(/^[0-9a-f]{16}$/)
    expect(readFileSync(cacheOf(d), 'latin1').slice(0, 16)).toBe(bundleIdOf(readFileSync(join(d, 'dist/bundle/main.cjs'), 'utf8')))
    expect(cacheState(d)).toBe('used')
    expect(run(d, ['analyze', '--json', SEED])).toEqual({ code: 0, stdout: expected, stderr: '' })
  })

  it('is made for a bundle of ASCII only, which loadBundle reads as latin1', () => {
    expect(readFileSync(join(ROOT, 'dist/bundle/main.cjs')).every((b) => b < 0x80)).toBe(true)
  })

  it.each<[string, (d: string) => void, string]>([
    ['missing', (d) => rmSync(cacheOf(d)), 'missing'],
    ['made for another build', (d) => writeFileSync(cacheOf(d), Buffer.concat([Buffer.from('0123456789abcdef'), readFileSync(cacheOf(d)).subarray(16)])), 'stale'],
    ['truncated to its header', (d) => writeFileSync(cacheOf(d), readFileSync(cacheOf(d)).subarray(0, 10)), 'stale'],
    ['cut in half', (d) => { const b = readFileSync(cacheOf(d)); writeFileSync(cacheOf(d), b.subarray(0, b.length >> 1)) }, 'rejected'],
    ['damaged', (d) => { const b = readFileSync(cacheOf(d)); b.fill(7, 16, 400); writeFileSync(cacheOf(d), b) }, 'rejected'],
    ['a folder', (d) => { rmSync(cacheOf(d)); mkdirSync(cacheOf(d)) }, 'missing'],
  ])('%s: a normal compile, same output, nothing on stderr', (_, damage, state) => {
    const d = fresh()
    damage(d)
    expect(cacheState(d)).toBe(state)
    expect(run(d, ['analyze', '--json', SEED])).toEqual({ code: 0, stdout: expected, stderr: '' })
  })

  it('is rejected under other V8 flags, silently', () => {
    const d = fresh()
    expect(cacheState(d, ['--max-lazy'])).toBe('rejected')
    expect(run(d, ['analyze', '--json', SEED], ['--max-lazy'])).toEqual({ code: 0, stdout: expected, stderr: '' })
  })

  it('is only read: a read-only install runs the same', () => {
    const d = fresh()
    chmodSync(join(d, 'dist/bundle'), 0o555)
    expect(run(d, ['analyze', '--json', SEED])).toEqual({ code: 0, stdout: expected, stderr: '' })
  })

  it('serves the worker threads too: --jobs 2 gives the output of --jobs 1', () => {
    const d = fresh()
    const files = ['polnear-huffpost-curly-quotes', 'polnear-wapo-dateline', 'seed-adg-north-korea'].map((f) => join(ROOT, `fixtures/${f}.txt`))
    const one = run(d, ['analyze', '--json', '--jobs', '1', ...files])
    expect(one.code).toBe(0)
    expect(run(d, ['analyze', '--json', '--jobs', '2', ...files])).toEqual(one)
  })
})
