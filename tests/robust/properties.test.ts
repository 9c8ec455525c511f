import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { loadNerModel } from '../../src/nlp/entities/loadNerModel.js'
import { parse } from '../../src/parse/parse.js'
import { checkAnalysis } from './checkAnalysis.js'

const ROOT = join(import.meta.dirname, '../..')
const model = loadNerModel(readFileSync(join(ROOT, 'models/ner.bin')))
const articles = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.quotes.txt'))
  .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8').replace(/^\uFEFF/, ''))

const run = (text: string) => analyze(parse(text), { model })

/** Characters that stress the parser and the quote finder. */
const tricky = fc.constantFrom('"', '“', '”', '‘', '’', "''", '[', ']', '(', ')', '\n', '\r\n', '\r', '\n\n', ' ', '\u00a0', '\ufeff', '.', ':', '—', '-', ' said ', ' Mr. ', 'A. ', '\u0000', '\u001b[31m', '\u202e', '😀', 'é')

/** Random edits of a real article: truncation, shuffled or duplicated lines, injected marks, mixed line ends. */
const mutated = fc.tuple(fc.constantFrom(...articles), fc.array(fc.tuple(fc.nat(), fc.nat(), tricky, fc.nat(4)), { maxLength: 12 })).map(([text, edits]) => {
  let t = text
  for (const [a, b, ins, op] of edits) {
    const lines = t.split('\n')
    if (op === 0) t = t.slice(0, a % (t.length + 1))
    else if (op === 1) { const i = a % lines.length, j = b % lines.length; [lines[i], lines[j]] = [lines[j], lines[i]]; t = lines.join('\n') }
    else if (op === 2) { const i = a % lines.length; lines.splice(i, 0, lines[i]); t = lines.join(a % 2 ? '\r\n' : '\n') }
    else { const i = a % (t.length + 1); t = t.slice(0, i) + ins + t.slice(i) }
  }
  return t
})

describe('properties of parse + analyze', () => {
  it('never throw and keep every span true on arbitrary Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkAnalysis(text, run(text))), { numRuns: 300 })
  })

  it('never throw and keep every span true on text built from tricky pieces', () => {
    const pieces = fc.array(fc.oneof(tricky, fc.string({ maxLength: 12 }), fc.constantFrom('Donald Trump', 'White House', 'he said', 'she told reporters', 'according to')), { maxLength: 80 })
    fc.assert(fc.property(pieces, (ps) => { const text = ps.join(''); checkAnalysis(text, run(text)) }), { numRuns: 300 })
  })

  it('never throw and keep every span true on mutated real articles', () => {
    fc.assert(fc.property(mutated, (text) => checkAnalysis(text, run(text))), { numRuns: 150 })
  })

  it('are deterministic', () => {
    fc.assert(fc.property(mutated, (text) => { expect(run(text)).toEqual(run(text)) }), { numRuns: 30 })
  })
})
