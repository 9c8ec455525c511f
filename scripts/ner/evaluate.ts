import { findEntities } from '../../src/nlp/entities/findEntities.js'
import type { NerModel } from '../../src/nlp/entities/NerModel.js'
import type { ConllDoc } from './readConll.js'

const TYPE: Record<string, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' }

export interface Scores { p: number; r: number; f1: number; byType: Record<string, { p: number; r: number; f1: number }>; seconds: number; bytes: number }

/** Scores the model on rebuilt CoNLL docs exactly like ../shared/eval/score-ner.mjs (exact span + type, micro). */
export function evaluate(docs: ConllDoc[], model: NerModel): Scores {
  const stat: Record<string, { tp: number; fp: number; fn: number }> = {}
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) stat[t] = { tp: 0, fp: 0, fn: 0 }
  let seconds = 0, bytes = 0
  for (const d of docs) {
    const t0 = performance.now()
    const entities = findEntities(d.text, d.sentences.map((s) => ({ ...s, text: d.text.slice(s.start, s.end) })), model)
    seconds += (performance.now() - t0) / 1000
    bytes += Buffer.byteLength(d.text)
    const pred = new Set<string>()
    for (const e of entities) { const t = TYPE[e.type]; if (t) for (const m of e.mentions) pred.add(`${m.start}:${m.end}:${t}`) }
    const gold = new Set(d.spans.map((s) => `${s.start}:${s.end}:${s.type}`))
    for (const k of pred) stat[k.split(':')[2]][gold.has(k) ? 'tp' : 'fp']++
    for (const k of gold) if (!pred.has(k)) stat[k.split(':')[2]].fn++
  }
  const f = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
  }
  const all = Object.values(stat).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 })
  return { ...f(all), byType: Object.fromEntries(Object.entries(stat).map(([k, s]) => [k, f(s)])), seconds, bytes }
}
