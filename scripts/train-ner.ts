// Trains the entity tagger on CoNLL-2003 train (averaged perceptron, fixed seed), prints dev F1 per epoch and
// writes the best epoch's model to models/ner.bin. usage: npm run train:ner [-- --epochs N --prune X --no-gaz ...]
import { mkdirSync, writeFileSync } from 'node:fs'
import { buildHashTable } from '../src/nlp/entities/hashTable.js'
import { encodeNerModel } from '../src/nlp/entities/encodeNerModel.js'
import { loadNerModel } from '../src/nlp/entities/loadNerModel.js'
import { LABEL_COUNT } from '../src/nlp/entities/labels.js'
import { recordLabels } from '../src/nlp/entities/docContext.js'
import { prepareDocument } from '../src/nlp/entities/prepareDocument.js'
import type { NerResources } from '../src/nlp/entities/NerResources.js'
import { viterbi } from '../src/nlp/entities/viterbi.js'
import { MAX_FEATURES, writeFeatures } from '../src/nlp/entities/writeFeatures.js'
import { buildGazetteer } from './ner/buildGazetteer.js'
import { evaluate } from './ner/evaluate.js'
import { externalGazetteer } from './ner/externalGazetteer.js'
import { goldLabels, SHORT_TYPES } from './ner/goldLabels.js'
import { Perceptron } from './ner/Perceptron.js'
import { readConll } from './ner/readConll.js'
import { loadClusters } from './ner/loadClusters.js'
import { makeRng, shuffle } from './ner/rng.js'

const args = process.argv.slice(2)
const opt = (k: string, d: string): string => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d }
const has = (k: string): boolean => args.includes(k)
const DATA = opt('--data', '../shared/data/conll2003')
const EPOCHS = Number(opt('--epochs', '12')), PRUNE = Number(opt('--prune', '0.5')), FOLDS = 5, MAX_PHRASE = 6
const OUT = opt('--out', 'models/ner.bin')
const t0 = performance.now()

const train = readConll(`${DATA}/train.conll`), dev = readConll(`${DATA}/dev.conll`)
const external = has('--no-ext') ? [] : externalGazetteer()
const entries = train.map((d) => d.spans.map((s) => [d.text.slice(s.start, s.end), SHORT_TYPES.indexOf(s.type)] as [string, number]))
const gaz = (skip: number) => has('--no-gaz') ? buildHashTable([]) :
  buildGazetteer([...entries.filter((_, i) => i % FOLDS !== skip).flat(), ...external], MAX_PHRASE)
const clusters = has('--no-clusters') ? buildHashTable([]) : loadClusters(opt('--clusters', '.tmp/clusters.tsv'))
const resources = (skip: number): NerResources => ({ gazetteer: gaz(skip), maxPhrase: MAX_PHRASE, clusters })
const foldRes = Array.from({ length: FOLDS }, (_, k) => resources(k))
const sentencesOf = (d: (typeof train)[0]) => d.sentences.map((s) => ({ ...s, text: d.text.slice(s.start, s.end) }))
const preps = train.map((d, i) => prepareDocument(d.text, sentencesOf(d), foldRes[i % FOLDS]))
// --no-doc ablation: without document evidence in training, the doc feature templates get no weights at all.
if (has('--no-doc')) for (const prep of preps) { prep.doc.lowerSeen.clear(); prep.doc.titleMid.clear() }
const golds = train.map((d, i) => goldLabels(d.text.length, d.spans, preps[i].rows))
const finalRes = resources(-1)
console.error(`prepared ${train.length} docs in ${((performance.now() - t0) / 1000).toFixed(1)}s`)

const p = new Perceptron(LABEL_COUNT)
const rng = makeRng(20240601)
const feats = new Uint32Array(256 * MAX_FEATURES), counts = new Uint8Array(256)
const emit = new Float32Array(256 * LABEL_COUNT), pred = new Uint8Array(256)
let best = { f1: -1, epoch: 0, bytes: new Uint8Array() }
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const order = shuffle(train.map((_, i) => i), rng)
  const trans = p.decodeTransitions()
  for (const di of order) {
    const prep = preps[di]
    prep.doc.history = new Map()
    for (const r of prep.order) {
      const info = prep.infos[r], n = info.n
      writeFeatures(info, prep.gazetteer[r], prep.capsLines[r], foldRes[di % FOLDS], prep.doc, feats, counts)
      p.score(feats, counts, n, emit)
      viterbi(emit, n, LABEL_COUNT, trans, pred)
      const gold = golds[di][r]
      let same = true
      for (let t = 0; t < n; t++) if (gold[t] !== pred[t]) { same = false; break }
      if (!same) { p.update(feats, counts, n, gold, pred); trans.set(p.decodeTransitions()) }
      if (!has('--no-doc')) recordLabels(prep.doc, info, pred)
      p.c++
    }
  }
  const model = p.toModel(finalRes, PRUNE, JSON.stringify({ epoch, trainedOn: 'CoNLL-2003 train' }))
  const bytes = encodeNerModel(model)
  const s = evaluate(dev, loadNerModel(bytes))
  console.error(`epoch ${epoch}: dev F1 ${(s.f1 * 100).toFixed(2)} (P ${(s.p * 100).toFixed(2)} R ${(s.r * 100).toFixed(2)}) rows ${p.rows.size} rows kept ${model.features.keys.filter((k) => k !== 0).length} weights ${model.weights.length} size ${(bytes.length / 1e6).toFixed(1)} MB  ${((performance.now() - t0) / 1000).toFixed(0)}s`)
  if (s.f1 > best.f1) best = { f1: s.f1, epoch, bytes }
}
mkdirSync('models', { recursive: true })
const final = loadNerModel(best.bytes)
const info = JSON.stringify({ format: 2, trainedOn: 'CoNLL-2003 train', epochs: best.epoch, prune: PRUNE, seed: 20240601, devF1: +best.f1.toFixed(4) })
writeFileSync(OUT, encodeNerModel({ ...final, info }))
const s = evaluate(dev, loadNerModel(encodeNerModel({ ...final, info })))
console.log(`best epoch ${best.epoch}: dev F1 ${(s.f1 * 100).toFixed(2)} ${Object.entries(s.byType).map(([k, v]) => `${k} ${(v.f1 * 100).toFixed(2)}`).join(' ')}; wrote ${OUT} (${(best.bytes.length / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)}s`)
