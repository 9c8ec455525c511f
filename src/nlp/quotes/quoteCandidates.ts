import type { Article, QuoteKind, Sentence, Span } from '../../types.js'
import { attributeRegion, type Attribution } from './attributeRegion.js'
import { innerLetters, kindOf, ruleOut } from './classifyRegion.js'
import { INDIRECT_CUES } from './indirectCues.js'
import { isSpace } from './isSpace.js'
import { continueSpeakers } from './continueSpeakers.js'
import { hasCueWord, regionFeatures } from './regionFeatures.js'
import { scanQuoteMarks, type QuoteRegion } from './scanQuoteMarks.js'
import { sentenceIndex } from './sentenceIndex.js'
import { wordsIn } from './wordsIn.js'

/** One quotation-mark region that looks like a quotation, with its attribution and its filter features. */
export interface QuoteCandidate {
  region: QuoteRegion
  kind: QuoteKind
  /** The attribution of the region's own sentence (null when it has none). */
  own: Attribution | null
  /** The attribution after continuation from neighbouring quotations and paragraphs. */
  attribution: Attribution | null
  features: string[]
}

/**
 * Every quotation-mark region of the article body that {@link classifyRegion} keeps, attributed within its
 * sentence (attributeRegion) and then by continuation (continueSpeakers), with the features the learned filter
 * scores. Also returns all regions, for reported speech outside them. Linear in the text.
 */
export function quoteCandidates(article: Article, sentences: Sentence[]): { candidates: QuoteCandidate[]; regions: QuoteRegion[] } {
  const { text } = article
  const at = sentenceIndex(sentences)
  const found: { region: QuoteRegion; kind: QuoteKind; rule: string | null; letters: Span[]; attribution: Attribution | null; sentenceStart: number; sentenceEnd: number }[] = []
  const regions = scanQuoteMarks(text, article.blocks)
  regions.forEach((r, i) => {
    const open = at(r.open)
    const close = at(nextNonSpace(text, r.close, article.blocks[r.block].end)) ?? at(Math.max(r.open, r.close - 1))
    const sentenceStart = open?.start ?? article.blocks[r.block].start
    const letters = innerLetters(text, r, 400)
    const first = letters.filter((w) => w.start < r.start + 160)
    const rule = ruleOut(text, r, sentenceStart, first)
    if (rule === 'empty' || rule === 'nickname') return
    if (rule === 'title' && !reportsBefore(text, sentenceStart, r.open)) return
    const kind = kindOf(text, r, sentenceStart, first)
    const prev = regions[i - 1], next = regions[i + 1]
    const start = Math.max(sentenceStart, lastTerminator(text, Math.max(sentenceStart, r.open - 400), r.open))
    const before = prev && prev.block === r.block && prev.close > start ? prev.close : start
    const sentenceEnd = close?.end ?? article.blocks[r.block].end
    const after = next && next.block === r.block && next.open < sentenceEnd ? next.open : sentenceEnd
    found.push({ region: r, kind, rule, letters, attribution: attributeRegion(text, r, { before, after, sentenceStart: start }), sentenceStart: start, sentenceEnd })
  })
  const attributions = continueSpeakers(text, article.blocks, found)
  const perBlock = new Map<number, number>()
  for (const f of found) perBlock.set(f.region.block, (perBlock.get(f.region.block) ?? 0) + 1)
  const twins = new Map<string, number>()
  // Short regions lower-cased with only letters, digits and spaces kept; computed once per region.
  const keys = found.map(({ region: r }) => (r.end - r.start <= 60 ? text.slice(r.start, r.end).toLowerCase().replace(NOT_KEY_CHAR, '') : ''))
  for (const k of keys) twins.set(k, (twins.get(k) ?? 0) + 1)
  const listOpen = found.map((f) => f.region.open)
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1].region, b = found[i].region
    if (a.block === b.block && a.closed && b.open - a.close <= 200 && !/[.!?;:]/.test(text.slice(a.end, b.open)) && wordsIn(text, a.close, b.open).length <= 4) listOpen[i] = listOpen[i - 1]
  }
  // One look for a cue word per sentence, however many quotations it holds.
  const cueBySentence = new Map<number, boolean>()
  const sentenceCue = (start: number, end: number) => {
    let c = cueBySentence.get(start)
    if (c === undefined) cueBySentence.set(start, (c = hasCueWord(text, start, end)))
    return c
  }
  // The facts are listed field by field: a spread of `f` into them cost more than all the rest of this loop.
  const candidates = found.map((f, i) => ({
    region: f.region, kind: f.kind, own: f.attribution, attribution: attributions[i],
    features: regionFeatures(text, { region: f.region, kind: f.kind, rule: f.rule, letters: f.letters, sentenceStart: f.sentenceStart, sentenceEnd: f.sentenceEnd,
      sentenceCue: sentenceCue(f.sentenceStart, f.sentenceEnd), own: f.attribution, final: attributions[i], siblings: (perBlock.get(f.region.block) ?? 1) - 1,
      listOpen: listOpen[i], twins: keys[i] ? (twins.get(keys[i]) ?? 1) - 1 : 0 }),
  }))
  return { candidates, regions }
}

/** Just past the last sentence end ("… Trump. ''Mark, …") in text[from, to), or `from`; catches what the splitter
 *  keeps together before an opening mark it does not know. */
function lastTerminator(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    const c = text.charCodeAt(i)
    if (!isSpace(c)) continue
    const p = text[i - 1]
    if (!STOPS.has(p) && !(QUOTES.has(p) && i - 2 >= from && STOPS.has(text[i - 2]))) continue
    if (/[.!?]["”’']?$/.test(text.slice(Math.max(from, i - 2), i)) && !/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|[A-Z])\.$/.test(text.slice(Math.max(from, i - 5), i))) return i + 1
  }
  return from
}

const NOT_KEY_CHAR = /[^\p{L}\p{N} ]/gu
const STOPS = new Set(['.', '!', '?'])
const QUOTES = new Set(['"', '”', '’', "'"])

/** True when a reporting verb stands before `at` in its sentence ("Trump proclaimed a goal of “Peace Through
 *  Strength.”"): a title there may be part of what was said. */
function reportsBefore(text: string, sentenceStart: number, at: number): boolean {
  return wordsIn(text, Math.max(sentenceStart, at - 300), at).some((w) => INDIRECT_CUES.has(w.text.toLowerCase()))
}

function nextNonSpace(text: string, from: number, end: number): number {
  let i = from
  while (i < end && i - from < 8 && isSpace(text.charCodeAt(i))) i++
  return i
}
