import type { Article, Entity, Quote, Sentence } from '../../types.js'
import { contentWords } from './contentWords.js'
import { isDependentOpener } from './isDependentOpener.js'
import { findQuoteRegions } from '../sentences/findQuoteRegions.js'

/** What the scorer knows about one body sentence; every number is in [0, 1] unless stated. */
export interface SentenceFeatures {
  /** Index among the body sentences (0 = the lead). */
  index: number
  /** Linear degree centrality: how often its topic words recur elsewhere, over √length, scaled to the best = 1. */
  centrality: number
  /** Share of the headline's topic words the sentence contains; 0 without a headline. */
  headline: number
  /** Number of word tokens. */
  length: number
  /** Share of its characters inside quotation marks. */
  quoted: number
  /** Entity mentions per word token (from `entities`), capped at 1. */
  entities: number
  /** Opens with a word that points back ("He", "But", "That"), see {@link isDependentOpener}. */
  isDependent: boolean
  /** Its distinct topic words, for redundancy checks. */
  words: ReadonlySet<string>
}

/**
 * Computes {@link SentenceFeatures} for each body sentence in one pass over their words: linear in the text.
 * Centrality is the degree of the sentence in the word-overlap graph (Erkan & Radev, "LexRank", 2004), counted
 * through document term frequencies instead of pairwise comparison: Σ over its topic words of their occurrences
 * in other sentences, divided by √(topic words), so the cost is O(words), not O(sentences²).
 */
export function sentenceFeatures(article: Article, body: Sentence[], entities: Entity[], quotes: Quote[]): SentenceFeatures[] {
  const bags = body.map((s) => contentWords(s.text))
  const tf = new Map<string, number>()
  for (const bag of bags) for (const w of bag) tf.set(w, (tf.get(w) ?? 0) + 1)
  const head = new Set(article.headline ? contentWords(article.headline.text) : [])
  const blocks = [...new Set(body.map((s) => s.block))].map((b) => article.blocks[b])
  const quoted = coverage(body, blocks.flatMap((b) => findQuoteRegions(article.text, b.start, b.end)))
  const mentions = coverage(body, entities.flatMap((e) => e.mentions), true)
  const raw = bags.map((bag) => {
    const own = new Map<string, number>()
    for (const w of bag) own.set(w, (own.get(w) ?? 0) + 1)
    let shared = 0
    for (const [w, n] of own) shared += n * (tf.get(w)! - n)
    return bag.length ? shared / Math.sqrt(bag.length) : 0
  })
  const top = raw.reduce((m, x) => Math.max(m, x), 0) || 1
  return body.map((s, index) => {
    const words = new Set(bags[index])
    let inHead = 0
    for (const w of head) if (words.has(w)) inHead++
    const length = countTokens(s.text)
    return {
      index,
      centrality: raw[index] / top,
      headline: head.size ? inHead / head.size : 0,
      length,
      quoted: quoted[index] / Math.max(1, s.end - s.start),
      entities: Math.min(1, mentions[index] / Math.max(1, length)),
      isDependent: isDependentOpener(s.text),
      words,
    }
  })
}

function countTokens(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

/**
 * For each sentence, the characters it shares with the spans (with `count`: how many spans start in it). Each
 * span finds its first sentence by binary search and walks the sentences it overlaps: O(spans · log sentences)
 * plus the overlaps, which is linear for spans that do not overlap each other.
 */
function coverage(body: Sentence[], spans: { start: number; end: number }[], count = false): number[] {
  const out = new Array<number>(body.length).fill(0)
  for (const span of spans) {
    let lo = 0
    let hi = body.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (body[mid].end <= span.start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < body.length && body[i].start < span.end; i++) {
      if (count) {
        if (span.start >= body[i].start) out[i]++
        break
      }
      out[i] += Math.min(body[i].end, span.end) - Math.max(body[i].start, span.start)
    }
  }
  return out
}
