import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/article-inspect.js')
const SEED = join(ROOT, 'fixtures/seed-adg-north-korea.txt')
const OTHER = join(ROOT, 'fixtures/polnear-usatoday-deck.txt')

function run(args: string[], input?: string) {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, input, timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ai-report-'))
})

describe('article-inspect report (built binary)', () => {
  it('writes one self-contained HTML file with -o, quietly, exit 0', () => {
    const out = join(dir, 'seed.html')
    const r = run(['report', SEED, '-o', out])
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' })
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';')
    expect(/<h1 id="a1-title">(.*)<\/h1>/.exec(html)![1].replace(/<[^>]+>/g, '')).toBe('U.S. urges allies to help pressure N. Korea')
    expect(html).toMatch(/<span class="who">Rex Tillerson<span class="title">Secretary of State<\/span><\/span><span class="count">\d+ quotes<\/span>/)
  })

  it('writes to standard output without -o (or with "-o -")', () => {
    for (const args of [['report', SEED], ['report', SEED, '-o', '-']]) {
      const r = run(args)
      expect(r.code).toBe(0)
      expect(r.stdout.startsWith('<!doctype html>')).toBe(true)
      expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true)
    }
  })

  it('indexes several inputs, and reads standard input as "-"', () => {
    const r = run(['report', SEED, OTHER, '-'], 'Piped story\n\n"Yes," Ann Lee said.\n')
    expect(r.code).toBe(0)
    expect(r.stdout.match(/<tr><td class="num">\d+<\/td>/g)).toHaveLength(3)
    expect(r.stdout).toContain('id="chart-title"')
    expect(r.stdout).toContain('<p class="file sans">-</p>')
  })

  it('leaves out a failing input with a one-line error and exit 1', () => {
    const out = join(dir, 'partial.html')
    const r = run(['report', SEED, join(dir, 'missing.txt'), '-o', out])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`article-inspect: ${join(dir, 'missing.txt')}: no such file\n`)
    expect(readFileSync(out, 'utf8')).toContain('U.S. urges allies')
  })

  it('writes nothing when no input could be read', () => {
    const out = join(dir, 'none.html')
    const r = run(['report', join(dir, 'missing.txt'), '-o', out])
    expect(r.code).toBe(1)
    expect(existsSync(out)).toBe(false)
  })

  it('fails with a one-line error when the file cannot be written, and refuses --json', () => {
    const r = run(['report', SEED, '-o', join(dir, 'no/such/dir/x.html')])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`article-inspect: cannot write ${join(dir, 'no/such/dir/x.html')}: no such directory\n`)
    const j = run(['report', '--json', SEED])
    expect(j.code).toBe(2)
    expect(j.stderr).toContain('for JSON use "analyze --json"')
  })
})
