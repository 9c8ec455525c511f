import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/render/displayWidth.js'

const ROOT = join(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/article-inspect.js')
const SEED = join(ROOT, 'fixtures/seed-adg-north-korea.txt')
const ANSI = /\u001b\[[0-9;]*m/g

function run(args: string[], env: Record<string, string | undefined> = { NO_COLOR: '1' }, input?: string) {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env }, input, timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const flat = (s: string) => s.replace(/\s+/g, ' ')

/** Styles a line leaves open: SGR codes that set bold/dim, underline or a colour, less those that reset them. */
function openStyles(line: string): number {
  let open = 0
  for (const [, code] of line.matchAll(/\u001b\[([0-9]+)m/g)) open += ['22', '24', '39', '0'].includes(code) ? -1 : 1
  return open
}

describe('article-inspect show (built binary)', () => {
  it('falls back to bracket marks under NO_COLOR, with a legend and no ANSI', () => {
    const r = run(['show', SEED])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).not.toMatch(/\u001b/)
    expect(r.stdout).toMatch(/^Speakers \(quotes marked \[Speaker: …\]\)\n {2}\[Tillerson\] Rex Tillerson, Secretary of State — \d+ quotes\n/)
    expect(flat(r.stdout)).toContain('[Tillerson: "We must increase the costs of the regime\'s behavior')
    expect(flat(r.stdout)).toContain('U.S. urges allies to help pressure N. Korea 2018-01-17 · Section A')
  })

  it.each([[['--width', '50'], 50], [['--width', '132'], 132], [[], 100]])('keeps lines within the width (%j)', (flags, width) => {
    const r = run(['show', ...flags, SEED])
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width)
    expect(Math.max(...lines.map(displayWidth))).toBeGreaterThan(width - 15)
  })

  it('colours with FORCE_COLOR (or --color): no brackets, every line closes its styles', () => {
    for (const r of [run(['show', '--width', '70', SEED], { FORCE_COLOR: '1' }), run(['--color', 'show', '--width', '70', SEED], {})]) {
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(ANSI)
      expect(r.stdout).not.toContain('[Tillerson:')
      for (const line of r.stdout.split('\n')) {
        expect(displayWidth(line.replace(ANSI, ''))).toBeLessThanOrEqual(70)
        expect(line.replace(ANSI, '')).not.toContain('\u001b')
        expect(openStyles(line), line).toBe(0)
      }
    }
  })

  it('marks entities with --entities', () => {
    const r = run(['show', '--entities', SEED])
    expect(r.stdout).toMatch(/\{Rex Tillerson\|PER\}/)
    expect(r.stdout).toMatch(/^Entities \(marked \{name\|TYPE\}\)/m)
  })

  it('reads standard input, never pages into a pipe, and keeps control characters off the terminal', () => {
    const r = run(['show'], { NO_COLOR: '1', PAGER: 'false' }, 'Bad \u001b]0;title\u0007 news\n\n"We \u001b[2Jwon," Ann Lee said.\n')
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/)
    expect(r.stdout).toContain('Bad ␛]0;')
    expect(r.stdout).toContain('title␇ news')
    expect(r.stdout).toContain('␛[2Jwon')
  })

  it('is a usage error with --json, and a one-line error per bad input', () => {
    expect(run(['show', '--json', SEED]).code).toBe(2)
    const r = run(['show', 'missing.txt', SEED])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('article-inspect: missing.txt: no such file\n')
    expect(r.stdout).toContain('Rex Tillerson')
  })
})
