import type { Article, Entity, Sentence, Span } from '../../types.js'
import { findQuoteRegions, type Region } from '../sentences/findQuoteRegions.js'
import { contentTerms, createVocabulary } from './contentTerms.js'
import { isDependentOpener } from './isDependentOpener.js'

/** What the scorer knows about one body sentence; every number is in [0, 1] unless stated. */
export interface SentenceFeatures {
  /** Index among the body sentences (0 = the lead). */
  index: number
  /** Linear degree centrality: how often its topic words recur elsewhere, over √words, best sentence = 1. */
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
  /** Its topic words as ids (repeats kept), comparable between sentences of one call. */
  terms: readonly number[]
}

/**
 * Computes {@link SentenceFeatures} for each body sentence in one pass over their words: linear in the text.
 * Centrality is the degree of the sentence in the word-overlap graph (Erkan & Radev, "LexRank", JAIR 2004),
 * counted through document term frequencies instead of pairwise comparison: Σ over its topic-word tokens of
 * their occurrences in other sentences, divided by √(topic words). The cost is O(words), not O(sentences²), so
 * no bound on the number of sentences is needed.
 */
export function sentenceFeatures(article: Article, body: Sentence[], entities: Entity[]): SentenceFeatures[] {
  const vocab = createVocabulary()
  const bags = body.map((s) => contentTerms(article.text, s.start, s.end, vocab))
  const terms = bags.map((b) => b.terms)
  const h = article.headline
  const head = h ? [...new Set(contentTerms(article.text, h.start, h.end, vocab).terms)] : []
  const size = vocab.size
  const centrality = degree(terms, size)
  const quoted = coverage(body, quoteRegions(article, body))
  const mentions = coverage(body, allMentions(entities), true)
  const inHead = new Int32Array(size).fill(-1)
  for (const w of head) inHead[w] = 0
  return body.map((s, index) => {
    let shared = 0
    const t = terms[index]
    for (let k = 0; k < t.length; k++) {
      const w = t[k]
      if (inHead[w] < 0 || inHead[w] === index + 1) continue
      inHead[w] = index + 1
      shared++
    }
    const length = bags[index].tokens
    return {
      index,
      centrality: centrality[index],
      headline: head.length ? shared / head.length : 0,
      length,
      quoted: quoted[index] / Math.max(1, s.end - s.start),
      entities: Math.min(1, mentions[index] / Math.max(1, length)),
      isDependent: isDependentOpener(s.text),
      terms: terms[index],
    }
  })
}

// The next two gather spans with indexed loops: Array.prototype.flatMap, and for…of while still interpreted, were
// a visible share of this function's time.
/** The quotation regions of the blocks the sentences come from, each block once. */
function quoteRegions(article: Article, body: Sentence[]): Region[] {
  const out: Region[] = []
  const seen = new Set<number>()
  for (let i = 0; i < body.length; i++) {
    if (seen.has(body[i].block)) continue
    seen.add(body[i].block)
    const b = article.blocks[body[i].block]
    const regions = findQuoteRegions(article.text, b.start, b.end)
    for (let k = 0; k < regions.length; k++) out.push(regions[k])
  }
  return out
}

/** Every mention of every entity. */
function allMentions(entities: Entity[]): Span[] {
  const out: Span[] = []
  for (let i = 0; i < entities.length; i++) {
    const mentions = entities[i].mentions
    for (let k = 0; k < mentions.length; k++) out.push(mentions[k])
  }
  return out
}

/** Σ over each sentence's word tokens of that word's count in the other sentences, / √words, scaled to max 1. */
function degree(terms: number[][], vocabSize: number): number[] {
  const tf = new Int32Array(vocabSize)
  const own = new Int32Array(vocabSize)
  for (const t of terms) for (let k = 0; k < t.length; k++) tf[t[k]]++
  const raw = terms.map((t) => {
    for (let k = 0; k < t.length; k++) own[t[k]]++
    let shared = 0
    for (let k = 0; k < t.length; k++) shared += tf[t[k]] - own[t[k]]
    for (let k = 0; k < t.length; k++) own[t[k]] = 0
    return t.length ? shared / Math.sqrt(t.length) : 0
  })
  const top = raw.reduce((m, x) => Math.max(m, x), 0) || 1
  return raw.map((x) => x / top)
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
