import { articleSentences } from '../../src/nlp/sentences/articleSentences.js'
import { indirectCandidates } from '../../src/nlp/quotes/indirectCandidates.js'
import { scanQuoteMarks } from '../../src/nlp/quotes/scanQuoteMarks.js'
import { parse } from '../../src/parse/parse.js'
// @ts-expect-error: a plain ES module of the shared eval kit, without types
import { quoteRegions } from '../../../shared/eval/quotescan.mjs'
import { coverage, isAlnum, type PolnearArticle } from './polnear.js'
import { alnumMask, figuresAt, type Figures } from './figuresAt.js'
import { predict, trainLogistic, type Example } from './logistic.js'

/** Features seen fewer times than this in train are left out (smaller table, less noise). */
const MIN_COUNT = 30
/** L2 strengths tried by cross-validation. */
const L2 = [0.001, 0.01]
const FOLDS = 5
const SGD = { epochs: 10, rate: 0.05 }
/** A find: its features, its span, whether the scorer counts it correct (`correct`) and the training label
 *  (`label`: correct, or the only find covering some gold unit, so that dropping it would cost recall). */
type Find = Example & { start: number; end: number; correct: number }
interface Labelled { examples: Find[]; gold: [number, number][]; text: string; alnum: Uint8Array }
export type { Figures }
/** The scorer's figures when only finds scored ≥ t are shown. */
const scoreAt = (docs: (Labelled & { p: number[] })[], t: number): Figures => figuresAt(docs, t, (x) => x.correct)

/** The shown reported-speech finds of one article labelled as the scorer would (correct when ≥ half its letters
 *  are in gold content without quotation marks; useful when correct or when some gold unit is found only thanks to
 *  it), with those gold units. */
export function indirectExamples(a: PolnearArticle): Labelled {
  const regions: [number, number][] = quoteRegions(a.text)
  const mask = new Uint8Array(a.text.length + 1)
  const gold: [number, number][] = []
  for (const at of a.attributions) {
    if (!at.content.length || at.content.some(([cs, ce]) => regions.some(([rs, re]) => Math.min(ce, re) > Math.max(cs, rs)))) continue
    for (const [cs, ce] of at.content) {
      let n = 0
      for (let i = cs; i < ce; i++) if (isAlnum(a.text[i])) n++
      if (n < 2) continue
      gold.push([cs, ce])
      mask.fill(1, cs, ce)
    }
  }
  const article = parse(a.text)
  const sentences = articleSentences(article)
  const shown = indirectCandidates(article, sentences, scanQuoteMarks(article.text, article.blocks)).filter((c) => !c.find.cueOnly)
  const examples = shown.map(({ find: { content: c }, features }) => {
    const correct = coverage(a.text, mask, c.start, c.end) >= 0.5 ? 1 : 0
    return { features, start: c.start, end: c.end, correct, label: correct }
  })
  // Gold units found with every find shown, and how many finds cover each at all.
  const all = new Uint8Array(a.text.length + 1)
  for (const x of examples) all.fill(1, x.start, x.end)
  const found = gold.filter(([s, e]) => coverage(a.text, all, s, e) >= 0.5)
  examples.forEach((x, i) => {
    if (x.correct) return
    const rest = new Uint8Array(a.text.length + 1)
    examples.forEach((y, j) => { if (j !== i) rest.fill(1, y.start, y.end) })
    if (found.some(([s, e]) => s < x.end && e > x.start && coverage(a.text, rest, s, e) < 0.5)) x.label = 1
  })
  return { examples, gold, text: a.text, alnum: alnumMask(a.text, isAlnum) }
}

/** The threshold (0.00–0.90) with the best F1 on held-out scores, F1 averaged over it and its two neighbours on
 *  each side (the curve is flat and noisy near its top), with the figures there. */
function bestThreshold(docs: (Labelled & { p: number[] })[]): { t: number; fig: Figures } {
  const figs: Figures[] = []
  for (let k = 0; k <= 90; k++) figs.push(scoreAt(docs, k / 100))
  let best = 0, top = -1
  figs.forEach((_, k) => {
    const near = figs.slice(Math.max(0, k - 2), k + 3)
    const f = near.reduce((s, x) => s + x.F, 0) / near.length
    if (f > top) { top = f; best = k }
  })
  return { t: best / 100, fig: figs[best] }
}

/**
 * Trains the reported-speech filter (logistic regression on the useful label): for each L2 strength, 5-fold cross-validation by article scores every train
 * find held out and the threshold with the best (smoothed) scorer F1 on those is found; the strength with the best such F1
 * wins, and the final weights are trained with it on all of train. Deterministic (seeded SGD, fixed folds).
 */
export function trainIndirectFilter(articles: PolnearArticle[], log: (s: string) => void): { weights: Map<string, number>; threshold: number; before: Figures; after: Figures } {
  const docs = articles.map(indirectExamples)
  const counts = new Map<string, number>()
  for (const d of docs) for (const x of d.examples) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  for (const d of docs) for (const x of d.examples) x.features = x.features.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT)
  const before = scoreAt(docs.map((d) => ({ ...d, p: d.examples.map(() => 1) })), 0)
  log(`indirect: ${docs.reduce((n, d) => n + d.examples.length, 0)} finds, ${[...counts.values()].filter((n) => n >= MIN_COUNT).length} features; all shown: P ${before.P.toFixed(4)} R ${before.R.toFixed(4)} F1 ${before.F.toFixed(4)}`)
  let best = { l2: L2[0], t: 0, fig: before }
  for (const l2 of L2) {
    const scored = docs.map((d) => ({ ...d, p: d.examples.map(() => 1) }))
    for (let k = 0; k < FOLDS; k++) {
      const w = trainLogistic(docs.filter((_, i) => i % FOLDS !== k).flatMap((d) => d.examples), { ...SGD, l2 })
      scored.forEach((d, i) => { if (i % FOLDS === k) d.p = d.examples.map((x) => predict(w, x.features)) })
    }
    const top = bestThreshold(scored)
    log(`  l2=${l2}: CV best t=${top.t.toFixed(2)} P ${top.fig.P.toFixed(4)} R ${top.fig.R.toFixed(4)} F1 ${top.fig.F.toFixed(4)}`)
    if (top.fig.F > best.fig.F) best = { l2, t: top.t, fig: top.fig }
  }
  log(`indirect: l2 ${best.l2}, threshold ${best.t} (CV P ${best.fig.P.toFixed(4)} R ${best.fig.R.toFixed(4)} F1 ${best.fig.F.toFixed(4)})`)
  return { weights: trainLogistic(docs.flatMap((d) => d.examples), { ...SGD, l2: best.l2 }), threshold: best.t, before, after: best.fig }
}
