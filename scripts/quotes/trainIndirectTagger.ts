import { tokenizeForIndirect } from '../../src/nlp/quotes/findReportedSpeech.js'
import { wordsIn } from '../../src/nlp/quotes/wordsIn.js'
import type { PolnearArticle } from './polnear.js'
import type { Prepared } from './prepare.js'
import { trainTagger, type TaggedSentence } from './perceptronTagger.js'

/** Words seen fewer times than this in train stay out of the cue lexicon. */
const LEXICON_MIN = 3
/** Features seen fewer times than this stay out of the model. */
const FEATURE_MIN = 3

/**
 * The cue lexicon: for each word (lower case) of train, the share of its occurrences inside an annotated Cue
 * span; kept when seen ≥ LEXICON_MIN times and a cue at least 5% of the time.
 */
export function learnCueLexicon(articles: PolnearArticle[]): Record<string, number> {
  const total = new Map<string, number>(), cue = new Map<string, number>()
  for (const a of articles) {
    const inCue = new Uint8Array(a.text.length + 1)
    for (const at of a.attributions) for (const [s, e] of at.cue) inCue.fill(1, s, e)
    for (const w of wordsIn(a.text, 0, a.text.length)) {
      if (!/^\p{L}/u.test(w.text)) continue
      const l = w.text.toLowerCase().replace(/['’]s$/, '')
      total.set(l, (total.get(l) ?? 0) + 1)
      if (inCue[w.start]) cue.set(l, (cue.get(l) ?? 0) + 1)
    }
  }
  const out: Record<string, number> = {}
  for (const [l, n] of [...cue].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const t = total.get(l) ?? 0
    if (t >= LEXICON_MIN && n / t >= 0.05) out[l] = +(n / t).toFixed(2)
  }
  return out
}

/** Tagger sentences of one article, labelled from every annotated Content span (B first token, I inside). */
export function taggedSentences({ a, article, sentences, finds }: Prepared, lexicon: ReadonlyMap<string, number>): TaggedSentence[] {
  const label = new Uint8Array(a.text.length + 1)
  for (const at of a.attributions) for (const [s, e] of at.content) {
    let first = s
    while (first < e && /\s/.test(a.text[first])) first++
    label.fill(2, s, e)
    label[first] = 1
  }
  return tokenizeForIndirect(article, sentences, finds, lexicon).map(({ tokens }) => ({
    tokens,
    gold: tokens.map((t, i) => {
      const y = label[t.start]
      // A content span opening mid-token, or a token after an O, starts a span.
      return y === 2 && (i === 0 || label[tokens[i - 1].start] === 0) ? 1 : y
    }),
  }))
}

/** Trains the reported-speech tagger on train; features rarer than FEATURE_MIN are dropped, weights rounded. */
export function trainIndirectTagger(prepared: Prepared[], lexicon: ReadonlyMap<string, number>, log: (s: string) => void, epochs = 6): { keys: number[]; weights: number[]; transitions: number[][] } {
  const data = prepared.flatMap((p) => taggedSentences(p, lexicon))
  const counts = new Map<number, number>()
  for (const s of data) for (const t of s.tokens) for (const f of t.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  for (const s of data) for (const t of s.tokens) t.features = t.features.filter((f) => (counts.get(f) ?? 0) >= FEATURE_MIN)
  log(`indirect: ${data.length} sentences, ${data.reduce((n, s) => n + s.tokens.length, 0)} tokens`)
  const model = trainTagger(data, { epochs }, log)
  const round = (x: number) => +x.toFixed(2)
  const keys: number[] = [], weights: number[] = []
  for (const [f, r] of [...model.weights].sort(([a], [b]) => a - b)) {
    const w = r.map(round)
    if (w.every((x) => x === 0)) continue
    keys.push(f); weights.push(...w)
  }
  return { keys, weights, transitions: model.transitions.map((r) => r.map(round)) }
}
