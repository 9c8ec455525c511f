import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analyze.js'
import { loadNerModel } from '../src/nlp/entities/loadNerModel.js'
import { parse } from '../src/parse/parse.js'
import { plainPaint } from '../src/render/paint.js'
import { renderQuotes } from '../src/render/renderQuotes.js'
import { toRecord } from '../src/render/toRecord.js'

// Whole-article golden files: fixtures/<name>.txt beside <name>.analysis.json (the `analyze --json` record) and
// <name>.quotes.txt (the human quotes table). `UPDATE=1 npx vitest run tests/golden.test.ts` rewrites them;
// review that diff like code.
const FIXTURES = join(import.meta.dirname, '../fixtures')
const update = process.env.UPDATE === '1'
const model = loadNerModel(readFileSync(join(import.meta.dirname, '../models/ner.bin')))
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.endsWith('.quotes.txt')).map((f) => f.slice(0, -4))

describe('golden fixtures', () => {
  it('has fixtures with expected files', () => {
    expect(names.length).toBeGreaterThanOrEqual(8)
  })
  it.each(names)('%s', (name) => {
    const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '')
    const analysis = analyze(parse(text), { model })
    const record = toRecord('analyze', `${name}.txt`, analysis)
    const table = renderQuotes(analysis.quotes.filter((q) => q.kind !== 'indirect'), plainPaint, 100)
    const jsonFile = join(FIXTURES, `${name}.analysis.json`)
    const tableFile = join(FIXTURES, `${name}.quotes.txt`)
    if (update) {
      writeFileSync(jsonFile, JSON.stringify(record, null, 1) + '\n')
      writeFileSync(tableFile, table)
    }
    expect(existsSync(jsonFile), `${name}.analysis.json is missing: run UPDATE=1 npx vitest run tests/golden.test.ts`).toBe(true)
    expect(record).toEqual(JSON.parse(readFileSync(jsonFile, 'utf8')))
    expect(table).toBe(readFileSync(tableFile, 'utf8'))
  })
})
