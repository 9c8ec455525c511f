import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { loadNerModel } from '../../src/nlp/entities/loadNerModel.js'
import { parse } from '../../src/parse/parse.js'
import { cpuSecondsOf, growthRatio } from '../support/growthRatio.js'
import { checkAnalysis } from './checkAnalysis.js'

// Hostile inputs must take time proportional to their size. Each case runs at a quarter of its size and at
// full size, and the CPU time (not wall time: the machine may be busy) of the full run must stay well under
// the 16x a quadratic algorithm would need. The full sizes are the ones the hardening issue names.
const ROOT = join(import.meta.dirname, '../..')
const model = loadNerModel(readFileSync(join(ROOT, 'models/ner.bin')))
const seed = readFileSync(join(ROOT, 'fixtures/seed-adg-north-korea.txt'), 'utf8')
const MB = 1024 * 1024

const cases: [string, (scale: number) => string][] = [
  ['2 MB of " characters', (s) => '"'.repeat(2 * MB * s)],
  ['one 3 MB line with no spaces', (s) => 'abcdefghij'.repeat((3 * MB * s) / 10)],
  ['100,000 lines that open a quote and never close it', (s) => 'He said "this never closes\n'.repeat(100_000 * s)],
  ['500,000 nested brackets', (s) => '['.repeat(500_000 * s) + ']'.repeat(500_000 * s)],
  ['200,000 repetitions of "Said Mr. A. B. C. D."', (s) => 'Said Mr. A. B. C. D. '.repeat(200_000 * s)],
  ['one 8 MB article', (s) => seed.repeat(Math.ceil((8 * MB * s) / seed.length))],
]

function cpuSeconds(text: string): number {
  let x: ReturnType<typeof analyze> | undefined
  const seconds = cpuSecondsOf(() => { x = analyze(parse(text), { model }) })
  checkAnalysis(text, x!)
  return seconds
}

describe('linear time on hostile input', () => {
  it.each(cases)('%s', (_name, make) => {
    expect(growthRatio(make, cpuSeconds)).toBeLessThan(8)
  }, 180_000)
})

describe('bounded memory', () => {
  // Peak RSS of a fresh process analyzing one article of 2 MB and of 8 MB: it may grow with the article (the
  // analysis holds its spans) but linearly, far from the 16x a quadratic structure would need.
  const peakKb = (mb: number) => {
    const script = `import { readFileSync } from 'node:fs'
      import { analyze, loadNerModel, parse, NER_MODEL_URL } from ${JSON.stringify(join(ROOT, 'dist/index.js'))}
      const seed = readFileSync(${JSON.stringify(join(ROOT, 'fixtures/seed-adg-north-korea.txt'))}, 'utf8')
      const text = seed.repeat(Math.max(1, Math.ceil(${mb * MB} / seed.length)))
      const x = analyze(parse(text), { model: loadNerModel(readFileSync(NER_MODEL_URL)) })
      // VmHWM is this process's own peak; getrusage's maxRSS on Linux keeps the parent's peak across fork and exec,
      // and the parent here is a test worker that has itself analyzed 8 MB articles.
      const hwm = /VmHWM:\\s*(\\d+) kB/.exec((() => { try { return readFileSync('/proc/self/status', 'utf8') } catch { return '' } })())
      console.log(x.quotes.length > 0 ? (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) : -1)`
    const r = spawnSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 170_000 })
    return Number(r.stdout.trim())
  }
  it('grows linearly with the article', () => {
    const base = peakKb(0)
    const two = peakKb(2)
    const eight = peakKb(8)
    expect(Math.min(base, two, eight)).toBeGreaterThan(0)
    expect((eight - base) / (two - base)).toBeLessThan(6)
  }, 180_000)
})
