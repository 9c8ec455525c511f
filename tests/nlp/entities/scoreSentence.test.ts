import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { recordLabels } from '../../../src/nlp/entities/docContext.js'
import { loadNerModel } from '../../../src/nlp/entities/loadNerModel.js'
import { prepareDocument } from '../../../src/nlp/entities/prepareDocument.js'
import { createScoreBuffers, scoreSentence } from '../../../src/nlp/entities/scoreSentence.js'
import { scoreTokens } from '../../../src/nlp/entities/scoreTokens.js'
import { viterbi } from '../../../src/nlp/entities/viterbi.js'
import { createWordRows } from '../../../src/nlp/entities/wordRows.js'
import { MAX_FEATURES, writeFeatures } from '../../../src/nlp/entities/writeFeatures.js'
import { parse } from '../../../src/parse/parse.js'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'

const model = loadNerModel(readFileSync('models/ner.bin'))

/** Emission scores of every row of a fixture, by writeFeatures + scoreTokens and by scoreSentence with `rows`. */
function emissions(file: string, rows = createWordRows(model.labels)): { slow: number[][]; fast: number[][] } {
  const text = readFileSync(`fixtures/${file}`, 'utf8')
  const prep = prepareDocument(text, articleSentences(parse(text)), model)
  const L = model.labels, slow: number[][] = [], fast: number[][] = []
  const buf = createScoreBuffers(L)
  for (const r of prep.order) {
    const info = prep.infos[r], n = info.n
    const feats = new Uint32Array(n * MAX_FEATURES), counts = new Uint8Array(n), a = new Float32Array(n * L), b = new Float32Array(n * L)
    writeFeatures(info, prep.gazetteer[r], prep.capsLines[r], model, prep.doc, feats, counts)
    scoreTokens(model, feats, counts, n, a)
    scoreSentence(model, info, prep.gazetteer[r], prep.capsLines[r], prep.doc, rows, buf, b)
    slow.push([...a]); fast.push([...b])
    const labels = new Uint8Array(n)
    viterbi(a, n, L, model.transitions, labels)
    recordLabels(prep.doc, info, labels)
  }
  return { slow, fast }
}

describe('scoreSentence', () => {
  it.each(['seed-adg-north-korea.txt', 'polnear-breitbart-transcript.txt', 'polnear-wapo-dateline.txt'])(
    'gives exactly the emission scores of writeFeatures + scoreTokens on %s', (file) => {
      const { slow, fast } = emissions(file)
      expect(fast).toEqual(slow)
    })

  it('stays exact when the word memo is shared across documents and starts over when full', () => {
    const rows = createWordRows(model.labels, 4, 40)
    for (const file of ['seed-adg-north-korea.txt', 'polnear-huffpost-curly-quotes.txt', 'seed-adg-north-korea.txt']) {
      const { slow, fast } = emissions(file, rows)
      expect(fast).toEqual(slow)
    }
  })
})
