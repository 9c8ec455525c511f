import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const BIN = join(import.meta.dirname, '../../bin/article-inspect.js')
const SEED = join(import.meta.dirname, '../../fixtures/seed-adg-north-korea.txt')
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }

function run(args: string[], input?: string) {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env, input, timeout: 30_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l))

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ai-cli-'))
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ')
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]))
  writeFileSync(join(dir, 'cp1252.txt'), Buffer.from('Title\n\n\x93We won,\x94 she said.', 'latin1'))
  mkdirSync(join(dir, 'folder'))
  writeFileSync(join(dir, 'locked.txt'), 'text')
  chmodSync(join(dir, 'locked.txt'), 0o000)
})

describe('the built binary', () => {
  it.each(['summary', 'quotes', 'entities', 'sections', 'analyze'])('%s --json prints one valid record, exit 0, quiet stderr', (cmd) => {
    const r = run([cmd, '--json', SEED])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const [rec] = records(r.stdout)
    expect(rec.file).toBe(SEED)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
  })

  it.each(['summary', 'quotes', 'entities', 'sections', 'analyze'])('%s prints a table without ANSI codes under NO_COLOR', (cmd) => {
    const r = run([cmd, SEED])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/\u001b\[/)
    expect(r.stdout.length).toBeGreaterThan(100)
  })

  it('colours the table with FORCE_COLOR', () => {
    const r = spawnSync('node', [BIN, 'sections', SEED], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: '1' } })
    expect(r.stdout).toMatch(/\u001b\[/)
  })

  it('reads standard input as "-"', () => {
    const r = run(['sections', '--json'], 'Headline\n\nBody text here.')
    expect(records(r.stdout)[0]).toMatchObject({ file: '-', headline: { text: 'Headline', start: 0, end: 8 } })
  })

  it('keeps input order and reports each bad input on one line, exit 1', () => {
    const bad = ['missing.txt', 'empty.txt', 'blank.txt', 'binary.txt', 'folder'].map((f) => join(dir, f))
    const r = run(['sections', '--json', SEED, ...bad, SEED])
    expect(r.code).toBe(1)
    const recs = records(r.stdout)
    expect(recs.map((x) => x.file)).toEqual([SEED, ...bad, SEED])
    expect(recs.map((x) => x.error?.code ?? 'ok')).toEqual(['ok', 'ENOENT', 'EMPTY', 'EMPTY', 'BINARY', 'ENOFILES', 'ok'])
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(5)
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^article-inspect: ${bad[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`)))
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', () => {
    const r = run(['sections', join(dir, 'locked.txt')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/locked\.txt: permission denied/)
  })

  it('decodes Windows-1252 and still finds the quote', () => {
    const r = run(['sections', '--json', join(dir, 'cp1252.txt')])
    expect(r.code).toBe(0)
    expect(records(r.stdout)[0]).toMatchObject({ encoding: 'windows-1252', blocks: [{ kind: 'headline' }, { kind: 'paragraph', text: '“We won,” she said.' }] })
  })

  it.each([
    [['nosuchcommand']],
    [['summary', '--sentences', 'x', SEED]],
    [['entities', '--type', 'ANIMAL', SEED]],
    [['quotes', '--no-such-option', SEED]],
  ])('usage error %j exits 2 with a message', (args) => {
    const r = run(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^article-inspect: /)
  })

  it('--help and --version exit 0', () => {
    expect(run(['--help']).code).toBe(0)
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('ends quietly when the reader goes away (EPIPE)', () => {
    const out = execFileSync('bash', ['-c', `for i in $(seq 40); do echo ${SEED}; done | xargs node ${BIN} sections --json | head -c 100 >/dev/null; echo "\${PIPESTATUS[2]}"`], { encoding: 'utf8', env })
    expect(out.trim()).toMatch(/^(0|141)$/)
  })
})
