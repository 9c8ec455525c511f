import { wordsIn } from '../../src/nlp/quotes/wordsIn.js'
import type { PolnearArticle } from './polnear.js'

/** Words seen fewer times than this in train stay out of the cue lexicon. */
const LEXICON_MIN = 3

/**
 * The cue lexicon: for each word (lower case) of train, the share of its occurrences inside an annotated Cue
 * span; kept when seen ≥ LEXICON_MIN times and a cue at least `min` of the time.
 */
export function learnCueLexicon(articles: PolnearArticle[], min = 0.05): Record<string, number> {
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
    if (t >= LEXICON_MIN && n / t >= min) out[l] = +(n / t).toFixed(2)
  }
  return out
}
