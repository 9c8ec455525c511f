import { articleSentences } from '../../src/nlp/sentences/articleSentences.js'
import { quoteCandidates } from '../../src/nlp/quotes/quoteCandidates.js'
import { parse } from '../../src/parse/parse.js'
// @ts-expect-error: a plain ES module of the shared eval kit, without types
import { quoteRegions } from '../../../shared/eval/quotescan.mjs'
import { coverage, isAlnum, type PolnearArticle } from './polnear.js'
import { alnumMask, figuresAt, type Figures } from './figuresAt.js'
import { predict, trainLogistic, type Example } from './logistic.js'

const OPTS = { l2: 0.01 }
/** Features seen fewer times than this in train are left out (smaller table, less noise). */
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 5)
interface Labelled { examples: (Example & { start: number; end: number })[]; gold: [number, number][]; text: string; alnum: Uint8Array }

/** Candidates of one article labelled as the scorer would (positive when ≥ half its letters are in gold quoted
 *  units), with the gold units themselves. */
export function regionExamples(a: PolnearArticle): Labelled {
  const regions: [number, number][] = quoteRegions(a.text)
  const mask = new Uint8Array(a.text.length + 1)
  const gold: [number, number][] = []
  for (const at of a.attributions) for (const [cs, ce] of at.content) for (const [rs, re] of regions) {
    const s = Math.max(cs, rs), e = Math.min(ce, re)
    if (e <= s) continue
    mask.fill(1, s, e)
    let n = 0
    for (let i = s; i < e; i++) if (isAlnum(a.text[i])) n++
    if (n >= 2) gold.push([s, e])
  }
  const article = parse(a.text)
  const { candidates } = quoteCandidates(article, articleSentences(article))
  const examples = candidates.map((c) => ({ features: c.features, start: c.region.start, end: c.region.end,
    label: coverage(a.text, mask, c.region.start, c.region.end) >= 0.5 ? 1 : 0 }))
  return { examples, gold, text: a.text, alnum: alnumMask(a.text, isAlnum) }
}

/** The scorer's precision and recall over `docs` when only candidates scored ≥ t are kept. */
const scoreAt = (docs: (Labelled & { p: number[] })[], t: number): Figures => figuresAt(docs, t, (x) => x.label)

/**
 * Trains the quotation filter: 5-fold cross-validation by article scores every train candidate held out; the
 * threshold is the one where the scorer's precision and recall on those are most balanced (the targets ask the
 * same of both: the larger min(P, R)); the final weights are trained on all of train.
 */
export function trainRegionFilter(articles: PolnearArticle[], log: (s: string) => void): { weights: Map<string, number>; threshold: number } {
  const docs = articles.map(regionExamples)
  const counts = new Map<string, number>()
  for (const d of docs) for (const x of d.examples) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  for (const d of docs) for (const x of d.examples) x.features = x.features.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT)
  const folds = 5
  const scored = docs.map((d) => ({ ...d, p: d.examples.map(() => 1) }))
  for (let k = 0; k < folds; k++) {
    const w = trainLogistic(docs.filter((_, i) => i % folds !== k).flatMap((d) => d.examples), OPTS)
    scored.forEach((d, i) => { if (i % folds === k) d.p = d.examples.map((x) => predict(w, x.features)) })
  }
  let best = -1, threshold = 0
  for (let t = 0; t <= 0.9001; t += 0.01) {
    const { P, R } = scoreAt(scored, t)
    if (Math.round(t * 100) % 5 === 0) log(`  t=${t.toFixed(2)} P ${P.toFixed(4)} R ${R.toFixed(4)}`)
    if (Math.min(P, R) > best) { best = Math.min(P, R); threshold = +t.toFixed(2) }
  }
  log(`regions: ${docs.reduce((n, d) => n + d.examples.length, 0)} candidates; threshold ${threshold} (CV min(P, R) ${best.toFixed(4)})`)
  return { weights: trainLogistic(docs.flatMap((d) => d.examples), OPTS), threshold }
}
