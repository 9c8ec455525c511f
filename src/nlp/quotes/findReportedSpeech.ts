import type { Article, Sentence } from '../../types.js'
import { attributeIndirect } from './attributeIndirect.js'
import { findIndirect, type IndirectFind } from './findIndirect.js'
import { indirectTokens, type CueLexicon, type IndirectToken } from './indirectFeatures.js'
import type { QuoteRegion } from './scanQuoteMarks.js'
import { emissions, runsOf, viterbi, type TaggerModel } from './tagIndirect.js'

/** The learned parts of reported-speech finding: tagger, cue lexicon and cue linker (see loadQuotesModel). */
export interface IndirectModel extends TaggerModel {
  lexicon: CueLexicon
  /** Logistic weights of the cue linker over cueCandidates features. */
  linker: ReadonlyMap<string, number>
}

/** Blocks searched, as in findIndirect. */
const SEARCHED = new Set(['paragraph', 'headline', 'deck'])
const MAX_SENTENCE = 1200

/** One searched sentence with its tagger tokens and the rule-based finds inside it. */
export interface TokenizedSentence {
  sentence: Sentence
  tokens: IndirectToken[]
  finds: IndirectFind[]
}

/**
 * The searched sentences of the article (body, headline, deck) as tagger tokens, with the rule-based finds
 * (`findIndirect`) marked on them as features. With `gate`, sentences with no cue of mid strength outside the
 * rule finds are left out. Linear in the text.
 */
export function tokenizeForIndirect(article: Article, sentences: Sentence[], finds: IndirectFind[], lexicon: CueLexicon, gate = true): TokenizedSentence[] {
  const out: TokenizedSentence[] = []
  let k = 0
  for (const s of sentences) {
    const kind = article.blocks[s.block].kind
    if (!SEARCHED.has(kind) || s.end - s.start > MAX_SENTENCE) continue
    while (k < finds.length && finds[k].content.end <= s.start) k++
    const mine: IndirectFind[] = []
    for (let j = k; j < finds.length && finds[j].content.start < s.end; j++) mine.push(finds[j])
    const ruled = (at: number): number => {
      for (const f of mine) if (at >= f.content.start && at < f.content.end) return at === f.content.start ? 1 : 2
      return 0
    }
    const tokens = indirectTokens(article.text, s.start, s.end, lexicon, ruled, kind !== 'paragraph', gate)
    if (tokens) out.push({ sentence: s, tokens, finds: mine })
  }
  return out
}

/**
 * Reported speech without quotation marks: the rule-based finds (`findIndirect`), plus the spans a learned tagger
 * (BIO over tokens, averaged perceptron + Viterbi, after Collins 2002; trained on PolNeAR's Content spans by
 * `npm run train:quotes`) finds where no rule find is and no quotation crosses, each attributed through its cue
 * as chosen by a learned linker. Without a model, the rule finds alone. Sorted by start; linear in the text.
 */
export function findReportedSpeech(article: Article, sentences: Sentence[], regions: QuoteRegion[], model?: IndirectModel): IndirectFind[] {
  const finds = findIndirect(article, sentences, regions)
  if (!model) return finds
  const { text } = article
  const out = [...finds]
  let q = 0
  for (const { sentence: s, tokens, finds: mine } of tokenizeForIndirect(article, sentences, finds, model.lexicon)) {
    const labels = viterbi(emissions(tokens, model), tokens.length, model.transitions)
    while (q < regions.length && regions[q].close <= s.start) q++
    for (const [a, b0] of runsOf(labels)) {
      let b = b0
      while (b > a && /^[.,;:!?—–]$/.test(tokens[b].text)) b--
      const start = tokens[a].start, end = tokens[b].end
      if (!/[\p{L}\p{N}].*[\p{L}\p{N}]|[\p{L}\p{N}]{2}/u.test(text.slice(start, end))) continue
      if (mine.some((f) => f.content.start < end && f.content.end > start)) continue
      let crosses = false
      for (let j = q; j < regions.length && regions[j].open < end; j++) if (regions[j].close > start) crosses = true
      if (crosses) continue
      const who = attributeIndirect(text, tokens, a, b, s.start, s.end, model.lexicon, model.linker)
      if (who) out.push({ content: { text: text.slice(start, end), start, end }, ref: who.ref, cue: who.cue })
    }
  }
  return out.sort((x, y) => x.content.start - y.content.start)
}
