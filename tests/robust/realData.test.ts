import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { loadNerModel } from '../../src/nlp/entities/loadNerModel.js'
import { parse } from '../../src/parse/parse.js'
import { checkAnalysis } from './checkAnalysis.js'

// Every real text in ../shared/data (all PolNeAR articles, all summary-set articles) must analyze without an
// error and with every span true. Skipped, visibly, where the data is absent (a user's clone).
const ROOT = join(import.meta.dirname, '../..')
const DATA = join(ROOT, '../shared/data')
const hasData = existsSync(DATA)
if (!hasData) console.warn(`../shared/data is absent: skipping the crash-free run over real articles (${DATA})`)

function* texts(): Generator<[string, string]> {
  for (const split of ['train', 'dev']) {
    const dir = join(DATA, 'polnear', split, 'text')
    for (const f of readdirSync(dir).sort()) yield [`polnear/${split}/${f}`, readFileSync(join(dir, f), 'utf8')]
  }
  for (const line of readFileSync(join(DATA, 'summaries/dev.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) { const r = JSON.parse(line) as { id: string; text: string }; yield [`summaries/${r.id}`, r.text] }
  }
}

describe.skipIf(!hasData)('crash-free over real data', () => {
  it('analyzes every PolNeAR and summary-set article with true spans', () => {
    const model = loadNerModel(readFileSync(join(ROOT, 'models/ner.bin')))
    const failures: string[] = []
    let n = 0
    for (const [name, text] of texts()) {
      n++
      try {
        checkAnalysis(text, analyze(parse(text), { model }))
      } catch (e) {
        failures.push(`${name}: ${String((e as Error).message).split('\n')[0]}`)
      }
    }
    expect(n).toBe(924 + 1270)
    expect(failures).toEqual([])
  }, 300_000)
})
