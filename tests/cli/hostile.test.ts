import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/article-inspect.js')
const SEED = join(ROOT, 'fixtures/seed-adg-north-korea.txt')

function run(args: string[], env: Record<string, string | undefined> = { NO_COLOR: '1' }) {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env }, timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let dir: string
const file = (name: string) => join(dir, name)
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ai-hostile-'))
  const evil = 'Evil \u001b[2J\u001b[31mheadline\u0007\n\n"We will \u001b]0;pwned\u0007win," said Jane \u009b31mRoe.\n\nA \u202Eright-to-left\u202C trick from Acme Corp.'
  writeFileSync(file('escapes.txt'), evil)
  const utf16 = 'Title\n\n“We won,” said Jane Roe.'
  writeFileSync(file('utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]))
  const be = Buffer.from(utf16, 'utf16le')
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]]
  writeFileSync(file('utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]))
  writeFileSync(file('cp1252.txt'), Buffer.from('Title\n\n\x93We won,\x94 said Jane Roe.', 'latin1'))
  writeFileSync(file('bom.txt'), '\uFEFFTitle\n\n“We won,” said Jane Roe.')
  writeFileSync(file('pdf.txt'), Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xd8])]))
  writeFileSync(file('big.txt'), 'Title\n\n' + 'Words here. '.repeat(2000))
})

describe('terminal safety', () => {
  it.each(['sections', 'quotes', 'entities', 'summary', 'analyze', 'show'])('%s never prints the input\'s control characters raw', (cmd) => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1' }]) {
      const r = run([cmd, file('escapes.txt'), ...(cmd === 'show' ? ['--no-pager'] : [])], env)
      expect(r.code).toBe(0)
      expect(r.stdout).not.toMatch(/\u001b\[2J|\u001b\[31mheadline|\u001b\]0;|\u0007|\u009b|\u202E/)
      if (env.NO_COLOR) expect(r.stdout).not.toMatch(/\u001b/)
    }
  })

  it('JSON escapes control characters as JSON does', () => {
    const r = run(['sections', '--json', file('escapes.txt')])
    expect(r.stdout).not.toMatch(/[\u0000-\u001f](?!$)/)
    expect(JSON.parse(r.stdout).headline.text).toBe('Evil \u001b[2J\u001b[31mheadline\u0007')
  })
})

describe('encodings', () => {
  it.each([
    ['utf16le.txt', 'utf-16le'],
    ['utf16be.txt', 'utf-16be'],
    ['cp1252.txt', 'windows-1252'],
    ['bom.txt', 'utf-8'],
  ])('%s is read as %s and its quote is found', (name, encoding) => {
    const r = run(['quotes', '--json', file(name)])
    expect(r.code).toBe(0)
    const rec = JSON.parse(r.stdout)
    expect(rec.encoding).toBe(encoding)
    expect(rec.quotes).toEqual([expect.objectContaining({ text: 'We won,', start: 8, end: 15 })])
    expect(rec.quotes[0].speaker).toMatchObject({ name: 'Jane Roe' })
  })

  it('binary input is an error for that file, with no output for it', () => {
    const r = run(['quotes', file('pdf.txt'), SEED])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`article-inspect: ${file('pdf.txt')}: binary data, not text\n`)
    expect(r.stdout).not.toMatch(/PDF/)
    expect(r.stdout).toMatch(/Tillerson/)
  })
})

describe('limits and interruption', () => {
  it('skips files over --max-bytes and says so', () => {
    const r = run(['sections', '--json', '--max-bytes', '10000', file('big.txt'), SEED])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/big\.txt: \d+ bytes is over the --max-bytes limit of 10000; skipped/)
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).error?.code ?? 'ok')).toEqual(['TOO_LARGE', 'ok'])
  })

  it('Ctrl-C exits 130 and leaves no half-written line', async () => {
    const child = spawn('node', [BIN, 'analyze', '--json', '--jobs', '1', ...Array(400).fill(SEED)], { env: { ...process.env, NO_COLOR: '1' } })
    let out = ''
    child.stdout.on('data', (d) => { out += d })
    await new Promise((r) => child.stdout.once('data', r))
    child.kill('SIGINT')
    const code = await new Promise((r) => child.on('close', r))
    expect(code).toBe(130)
    expect(out.endsWith('\n')).toBe(true)
    for (const line of out.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow()
    expect(out.trim().split('\n').length).toBeLessThan(400)
  })
})
