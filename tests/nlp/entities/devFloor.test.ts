import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadNerModel } from '../../../src/nlp/entities/loadNerModel.js'
import { evaluate } from '../../../scripts/ner/evaluate.js'
import { readConll } from '../../../scripts/ner/readConll.js'

const DEV = new URL('../../../../shared/data/conll2003/dev.conll', import.meta.url)
const hasData = existsSync(DEV)
if (!hasData) console.warn('skipping the NER dev-F1 floor test: ../shared/data/conll2003/dev.conll is absent')

describe.skipIf(!hasData)('shipped NER model on CoNLL-2003 dev (first 60 documents)', () => {
  it('keeps micro F1 above the floor', () => {
    const docs = readConll(DEV.pathname).slice(0, 60)
    const s = evaluate(docs, loadNerModel(readFileSync(new URL('../../../models/ner.bin', import.meta.url))))
    expect(s.f1).toBeGreaterThan(0.92)
    for (const t of ['PER', 'LOC']) expect(s.byType[t].f1).toBeGreaterThan(0.9)
  })
})
