import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { recordLabels } from '../../../src/nlp/entities/docContext.js'
import { createEmissionScorer, createJsScorer, MAX_TOKENS, type EmissionScorer } from '../../../src/nlp/entities/emissionScorer.js'
import { loadNerModel, readNerModel } from '../../../src/nlp/entities/loadNerModel.js'
import { scorerModuleBytes } from '../../../src/nlp/entities/scorerWasm.js'
import { prepareDocument } from '../../../src/nlp/entities/prepareDocument.js'
import { viterbi } from '../../../src/nlp/entities/viterbi.js'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { parse } from '../../../src/parse/parse.js'
import { tinyModel } from './tinyModel.js'

const model = loadNerModel(readFileSync('models/ner.bin'))

/** Emission scores of every row of a text, by writeFeatures + scoreTokens and by `fast` (history from the slow labels). */
function emissions(text: string, fast: EmissionScorer, m = model): { slow: number[][]; fast: number[][] } {
  const prep = prepareDocument(text, articleSentences(parse(text)), m)
  const js = createJsScorer(m), out = { slow: [] as number[][], fast: [] as number[][] }
  for (const r of prep.order) {
    const info = prep.infos[r], n = info.n, args = [info, prep.gazetteer[r], prep.capsLines[r], prep.doc] as const
    const a = js.score(...args).slice(0, n * m.labels), b = fast.score(...args).slice(0, n * m.labels)
    out.slow.push([...a]); out.fast.push([...b])
    const labels = new Uint8Array(n)
    viterbi(a, n, m.labels, m.transitions, labels)
    recordLabels(prep.doc, info, labels)
  }
  return out
}

// PolNeAR articles when the shared data is there (not in a fresh clone): long documents, headlines, gazetteer hits.
const DATA = '../shared/data/polnear/dev/text'
const corpus = (() => { try { return readdirSync(DATA).filter((f) => f.endsWith('.txt')).sort().slice(0, 40).map((f) => `${DATA}/${f}`) } catch { return [] } })()
const fixtures = readdirSync('fixtures').filter((f) => f.endsWith('.txt') && !f.endsWith('.quotes.txt')).map((f) => `fixtures/${f}`)

describe('the WebAssembly emission scorer', () => {
  it('is a valid module (else the JavaScript scorer would silently do the work)', () => {
    const layout = { featKeys: 64, featMask: 1023, featVals: 4160, weights: 8256, clusterKeys: 9000, clusterMask: 15, clusterVals: 9064,
      acc: 9128, slotKeys: 9384, slotEntries: 9640, slots: 64, ids: 9896, rows: 11176, maxTypes: 32, labels: 17, scale: 0.5 }
    expect(WebAssembly.validate(scorerModuleBytes(layout))).toBe(true)
    expect(model.scorer).toBeDefined()
  })

  it.each([...fixtures, ...corpus])('gives exactly the scores of writeFeatures + scoreTokens on %s', (file) => {
    const { slow, fast } = emissions(readFileSync(file, 'utf8'), model.scorer!)
    expect(fast).toEqual(slow)
  })

  it('is exact with a tiny hand-written model (empty cluster and gazetteer tables)', () => {
    const tiny = tinyModel({ Obama: 'U-PER', Paris: 'U-LOC' })
    const { slow, fast } = emissions('Obama went to Paris. "OBAMA IN PARIS"\nHe left.', createEmissionScorer(tiny), tiny)
    expect(fast).toEqual(slow)
  })

  it('stays exact when its word memo is shared across documents and starts over when full', () => {
    const small = createEmissionScorer(model, null, 40)
    for (const file of ['seed-adg-north-korea.txt', 'polnear-huffpost-curly-quotes.txt', 'seed-adg-north-korea.txt']) {
      const { slow, fast } = emissions(readFileSync(`fixtures/${file}`, 'utf8'), small)
      expect(fast).toEqual(slow)
    }
  })

  it.each([MAX_TOKENS, MAX_TOKENS + 1])('is exact on a sentence of %i tokens (the longest it takes, and one more)', (n) => {
    const text = Array.from({ length: n - 1 }, (_, i) => (i % 7 ? 'word' : 'Smith')).join(' ') + '.'
    const { slow, fast } = emissions(text, model.scorer!)
    expect(fast).toEqual(slow)
  })

  it('reads its tables in place when the model bytes were read into its memory (readNerModel)', () => {
    const bytes = readFileSync('models/ner.bin')
    const inPlace = readNerModel(bytes.length, (b) => b.set(bytes))
    const { slow, fast } = emissions(readFileSync('fixtures/seed-adg-north-korea.txt', 'utf8'), inPlace.scorer!, inPlace)
    expect(fast).toEqual(slow)
    expect(emissions(readFileSync('fixtures/seed-adg-north-korea.txt', 'utf8'), model.scorer!).fast).toEqual(fast)
  })
})
