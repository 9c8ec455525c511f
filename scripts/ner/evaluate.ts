import { findEntities } from '../../src/nlp/entities/findEntities.js'
import type { NerModel } from '../../src/nlp/entities/NerModel.js'
import type { ConllDoc } from './readConll.js'

const TYPE: Record<string, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' }

export interface PRF { p: number; r: number; f1: number }
export interface Scores extends PRF { byType: Record<string, PRF>; seconds: number; bytes: number }
/** A predicted mention; `type` is a long type name (PERSON, ...); others (DATE, ...) are ignored like the scorer does. */
export interface Predicted { start: number; end: number; type: string }

/** Scores the model on rebuilt CoNLL docs exactly like ../shared/eval/score-ner.mjs (exact span + type, micro). */
export function evaluate(docs: ConllDoc[], model: NerModel): Scores {
  return scorePredictions(docs, (d) => findEntities(d.text, d.sentences.map((s) => ({ ...s, text: d.text.slice(s.start, s.end) })), model)
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type }))))
}

/** Scores any predictor on rebuilt CoNLL docs (exact span + type, micro over PER/ORG/LOC/MISC), timing it. */
export function scorePredictions(docs: ConllDoc[], predict: (doc: ConllDoc) => Predicted[]): Scores {
  const stat: Record<string, { tp: number; fp: number; fn: number }> = {}
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) stat[t] = { tp: 0, fp: 0, fn: 0 }
  let seconds = 0, bytes = 0
  for (const d of docs) {
    const t0 = performance.now()
    const predicted = predict(d)
    seconds += (performance.now() - t0) / 1000
    bytes += Buffer.byteLength(d.text)
    const pred = new Set<string>()
    for (const m of predicted) { const t = TYPE[m.type]; if (t) pred.add(`${m.start}:${m.end}:${t}`) }
    const gold = new Set(d.spans.map((s) => `${s.start}:${s.end}:${s.type}`))
    for (const k of pred) stat[k.split(':')[2]][gold.has(k) ? 'tp' : 'fp']++
    for (const k of gold) if (!pred.has(k)) stat[k.split(':')[2]].fn++
  }
  const f = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): PRF => {
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
  }
  const all = Object.values(stat).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 })
  return { ...f(all), byType: Object.fromEntries(Object.entries(stat).map(([k, s]) => [k, f(s)])), seconds, bytes }
}
