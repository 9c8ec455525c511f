import { cueCandidates } from '../../src/nlp/quotes/cueCandidates.js'
import { tokenizeForIndirect } from '../../src/nlp/quotes/findReportedSpeech.js'
import type { CueLexicon } from '../../src/nlp/quotes/indirectFeatures.js'
import type { Prepared } from './prepare.js'
import { trainLogistic, type Example } from './logistic.js'

/** Linker groups of one article: for each annotated reported-speech content inside one sentence, its cue candidates
 *  labelled by the annotated Cue. Groups whose cue is not among the candidates are left out. */
export function linkerGroups({ a, article, sentences, regions, finds }: Prepared, lexicon: CueLexicon): Example[][] {
  const tokenized = tokenizeForIndirect(article, sentences, finds, lexicon, false)
  const groups: Example[][] = []
  for (const at of a.attributions) {
    if (!at.cue.length || at.content.some(([cs, ce]) => regions.some((r) => r.start < ce && r.end > cs))) continue
    for (const [cs, ce] of at.content) {
      const t = tokenized.find((x) => x.sentence.start <= cs && x.sentence.end >= ce)
      if (!t) continue
      const first = t.tokens.findIndex((x) => x.start >= cs)
      let last = -1
      t.tokens.forEach((x, i) => { if (x.end <= ce) last = i })
      if (first < 0 || last < first) continue
      const cands = cueCandidates(t.tokens, first, last, lexicon)
      const group = cands.map((c) => ({ features: c.features, label: at.cue.some(([s, e]) => t.tokens[c.index].start >= s && t.tokens[c.index].start < e) ? 1 : 0 }))
      if (group.some((g) => g.label)) groups.push(group)
    }
  }
  return groups
}

/** Trains the cue linker (logistic regression over candidates, argmax at use); logs held-out accuracy by fold. */
export function trainCueLinker(prepared: Prepared[], lexicon: CueLexicon): Record<string, number> {
  const w = trainLogistic(prepared.flatMap((p) => linkerGroups(p, lexicon)).flat(), { l2: 0.001 })
  return Object.fromEntries([...w].filter(([, v]) => Math.abs(v) >= 0.01).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, +v.toFixed(3)]))
}
