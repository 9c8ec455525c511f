import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/article-inspect.js')
const FIXTURES = join(ROOT, 'fixtures')
const SEED = join(FIXTURES, 'seed-adg-north-korea.txt')
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }

function run(args: string[], input?: string) {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env, input, timeout: 60_000, maxBuffer: 1 << 28 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))

/** A strict RFC 4180 reader, to check that what we write reads back. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = []
  let row: string[] = [], field = '', i = 0, quoted = false
  while (i < s.length) {
    const c = s[i]
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i += 2; continue }
      if (c === '"') { quoted = false; i++; continue }
      field += c; i++; continue
    }
    if (c === '"' && field === '') { quoted = true; i++; continue }
    if (c === ',') { row.push(field); field = ''; i++; continue }
    if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue }
    if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`)
    field += c; i++
  }
  if (field || row.length) throw new Error('last record lacks CRLF')
  return rows
}

let dir: string
let corpus: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ai-batch-'))
  mkdirSync(join(dir, 'tree/b/deeper'), { recursive: true })
  writeFileSync(join(dir, 'tree/z.txt'), 'Zeta story\n\n"We will win," said Jane Roe.')
  writeFileSync(join(dir, 'tree/b/a.txt'), 'Alpha story\n\nSome text about Paris.')
  writeFileSync(join(dir, 'tree/b/deeper/c.md'), 'Markdown story\n\nMore text.')
  writeFileSync(join(dir, 'tree/b/notes.json'), '{}')
  const lines = ['seed-adg-north-korea', 'polnear-wapo-dateline', 'polnear-huffpost-curly-quotes', 'polnear-politico-straight-quotes', 'no-headline-one-paragraph']
    .map((name, i) => JSON.stringify({ id: `doc-${i}`, source: i % 2 ? 'left' : 'right', text: readFileSync(join(FIXTURES, `${name}.txt`), 'utf8') }))
  corpus = join(dir, 'corpus.jsonl')
  writeFileSync(corpus, lines.join('\n') + '\n')
})

describe('batch inputs', () => {
  it('walks folders recursively in sorted order, *.txt by default', () => {
    const r = run(['sections', '--json', join(dir, 'tree')])
    expect(r.code).toBe(0)
    expect(records(r.stdout).map((x) => x.file)).toEqual([join(dir, 'tree/b/a.txt'), join(dir, 'tree/z.txt')])
  })

  it('takes another pattern with --glob', () => {
    const r = run(['sections', '--json', '--glob', '**/*.{md,txt}', join(dir, 'tree')])
    expect(records(r.stdout).map((x) => x.file)).toEqual([join(dir, 'tree/b/a.txt'), join(dir, 'tree/b/deeper/c.md'), join(dir, 'tree/z.txt')])
  })

  it('reads NDJSON corpora, passing extra fields through, and reports bad lines in place', () => {
    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, '{"id":"ok","text":"Title\\n\\nBody.","lang":"en"}\n{oops\n\n{"id":"no-text"}\n')
    const r = run(['sections', '--json', '--ndjson-input', bad])
    expect(r.code).toBe(1)
    const recs = records(r.stdout)
    expect(recs[0]).toMatchObject({ file: bad, id: 'ok', lang: 'en', headline: { text: 'Title' } })
    expect(recs[0].text).toBeUndefined()
    expect(recs.slice(1)).toEqual([
      { file: bad, line: 2, error: { code: 'EJSON', message: 'not valid JSON' } },
      { file: bad, line: 4, id: 'no-text', error: { code: 'ENOTEXT', message: 'no string "text" field' } },
    ])
    expect(r.stderr.trim().split('\n')).toEqual([`article-inspect: ${bad}:2: not valid JSON`, `article-inspect: ${bad}:4 (id no-text): no string "text" field`])
  })

  it('reads NDJSON from standard input', () => {
    const r = run(['sections', '--json', '--ndjson-input'], readFileSync(corpus, 'utf8'))
    expect(records(r.stdout).map((x) => [x.file, x.id])).toEqual([0, 1, 2, 3, 4].map((i) => ['-', `doc-${i}`]))
  })
})

describe('--jobs', () => {
  it('gives byte-identical output to --jobs 1, in input order', () => {
    const args = ['analyze', '--json', FIXTURES, SEED]
    const one = run([...args, '--jobs', '1'])
    const two = run([...args, '--jobs', '2'])
    const four = run([...args, '--jobs', '4'])
    expect(one.code).toBe(0)
    expect(records(one.stdout).length).toBeGreaterThanOrEqual(12)
    expect(two.stdout).toBe(one.stdout)
    expect(four.stdout).toBe(one.stdout)
  })

  it('is identical on an NDJSON corpus too', () => {
    const one = run(['quotes', '--json', '--ndjson-input', corpus, '--jobs', '1'])
    expect(run(['quotes', '--json', '--ndjson-input', corpus, '--jobs', '3']).stdout).toBe(one.stdout)
  })
})

describe('CSV', () => {
  it.each([
    ['quotes', ['file', 'speaker', 'kind', 'quote', 'start', 'end']],
    ['entities', ['file', 'name', 'type', 'count']],
    ['sections', ['file', 'kind', 'start', 'end', 'text']],
  ])('%s --format csv has its header and reads back as RFC 4180', (cmd, header) => {
    const r = run([cmd, '--format', 'csv', SEED, join(FIXTURES, 'polnear-nyt-abstract-double-apostrophes.txt')])
    expect(r.code).toBe(0)
    const rows = parseCsv(r.stdout)
    expect(rows[0]).toEqual(header)
    expect(rows.length).toBeGreaterThan(5)
    for (const row of rows) expect(row).toHaveLength(header.length)
  })

  it('quotes rows carry offsets that point into the input', () => {
    const text = readFileSync(SEED, 'utf8')
    const rows = parseCsv(run(['quotes', '--format', 'csv', SEED]).stdout).slice(1)
    for (const [, , , quote, start, end] of rows) expect(text.slice(+start, +end)).toBe(quote)
  })

  it('uses NDJSON ids in the file column', () => {
    const rows = parseCsv(run(['entities', '--format', 'csv', '--ndjson-input', corpus]).stdout)
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4']))
  })

  it.each(['summary', 'analyze'])('%s has no CSV form (usage error)', (cmd) => {
    expect(run([cmd, '--format', 'csv', SEED]).code).toBe(2)
  })
})

describe('corpus reports', () => {
  it('speakers totals quotes and articles, most quoted first', () => {
    const r = run(['speakers', '--json', corpus, '--ndjson-input'])
    expect(r.code).toBe(0)
    const rows = records(r.stdout)
    const quotes = rows.map((x) => x.quotes)
    expect([...quotes].sort((a, b) => b - a)).toEqual(quotes)
    expect(rows.find((x) => x.name === 'Rex Tillerson')).toMatchObject({ group: null, articles: 1 })
    for (const row of rows) expect(Object.keys(row)).toEqual(['group', 'name', 'type', 'quotes', 'articles', 'coQuoted'])
  })

  it('speakers --by source groups by an NDJSON field', () => {
    const rows = records(run(['speakers', '--json', '--by', 'source', '--ndjson-input', corpus]).stdout)
    expect(new Set(rows.map((x) => x.group))).toEqual(new Set(['left', 'right']))
  })

  it('speakers --by source groups files by folder', () => {
    const rows = records(run(['speakers', '--json', '--by', 'source', join(dir, 'tree')]).stdout)
    expect(rows.map((x) => [x.group, x.name])).toEqual([[join(dir, 'tree'), 'Jane Roe']])
  })

  it('speakers prints a table and CSV', () => {
    expect(run(['speakers', FIXTURES]).stdout).toMatch(/Rex Tillerson/)
    const rows = parseCsv(run(['speakers', '--format', 'csv', FIXTURES]).stdout)
    expect(rows[0]).toEqual(['group', 'speaker', 'type', 'quotes', 'articles', 'co_quoted'])
  })

  it('entities --aggregate counts mentions and articles across inputs', () => {
    const rows = records(run(['entities', '--aggregate', '--json', SEED, SEED]).stdout)
    const till = rows.find((x) => x.name === 'Rex Tillerson')
    const single = records(run(['entities', '--json', SEED]).stdout)[0].entities.find((e: { name: string }) => e.name === 'Rex Tillerson')
    expect(till).toEqual({ group: null, name: 'Rex Tillerson', type: 'PERSON', count: 2 * single.count, articles: 2 })
  })
})

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0
if (!hasParallel) console.warn('GNU parallel is not installed: skipping the `parallel --pipe` pipeline test (apt-get install parallel)')

describe.skipIf(!hasParallel)('as a stage of GNU parallel', () => {
  it('parallel --pipe over a JSON Lines corpus gives the records of a direct run, in order', () => {
    const direct = run(['quotes', '--json', '--ndjson-input', corpus, '--jobs', '1']).stdout
    const piped = execFileSync('bash', ['-c', `parallel --will-cite --pipe -N 2 -k node ${BIN} quotes --json --ndjson-input --jobs 1 < ${corpus}`], { encoding: 'utf8', env })
    const norm = (s: string) => records(s).map(({ file: _file, ...rest }) => rest)
    expect(norm(piped)).toEqual(norm(direct))
  })
})
