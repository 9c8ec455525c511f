import type { Article, Entity, Quote, Sentence, Speaker } from '../../types.js'
import { attributeRegion, type Attribution } from './attributeRegion.js'
import { buildRoster } from './buildRoster.js'
import { classifyRegion } from './classifyRegion.js'
import { continueSpeakers } from './continueSpeakers.js'
import { findAuthor } from './findAuthor.js'
import { findIndirect } from './findIndirect.js'
import { makeResolver } from './resolveSpeaker.js'
import { scanQuoteMarks, type QuoteRegion } from './scanQuoteMarks.js'
import { sentenceIndex } from './sentenceIndex.js'

/**
 * Finds every quotation in the article's body with its speaker: quotation-mark quotes (`direct`, or `partial`
 * when a fragment sits inside the author's sentence, including quotations that run over several paragraphs) and
 * reported speech without marks (`indirect`). Speakers are canonical per article ("Tillerson" and "he" → "Rex
 * Tillerson"); `entities` (may be empty) improve names and types. Pure, deterministic, sorted by start; linear
 * in the text apart from small bounded windows around each quotation.
 */
export function findQuotes(article: Article, sentences: Sentence[], entities: Entity[]): Quote[] {
  const { text } = article
  const at = sentenceIndex(sentences)
  const roster = buildRoster(article, entities)
  const found: { region: QuoteRegion; kind: Quote['kind']; attribution: Attribution | null }[] = []
  const regions = scanQuoteMarks(text, article.blocks)
  regions.forEach((r, i) => {
    const open = at(r.open)
    const close = at(nextNonSpace(text, r.close, article.blocks[r.block].end)) ?? at(Math.max(r.open, r.close - 1))
    const sentenceStart = open?.start ?? article.blocks[r.block].start
    const kind = classifyRegion(text, r, sentenceStart)
    if (!kind) return
    const prev = regions[i - 1], next = regions[i + 1]
    const start = Math.max(sentenceStart, lastTerminator(text, Math.max(sentenceStart, r.open - 400), r.open))
    const before = prev && prev.block === r.block && prev.close > start ? prev.close : start
    const sentenceEnd = close?.end ?? article.blocks[r.block].end
    const after = next && next.block === r.block && next.open < sentenceEnd ? next.open : sentenceEnd
    found.push({ region: r, kind, attribution: attributeRegion(text, r, { before, after, sentenceStart: start }) })
  })
  const attributions = continueSpeakers(text, article.blocks, found)
  const quoted = found.map((f) => ({ text: '', start: f.region.start, end: f.region.end }))
  const resolve = makeResolver(text, roster, findAuthor(article), sentences, quoted)
  const quotes: Quote[] = found.map((f, i) => {
    const a = attributions[i]
    const speaker: Speaker | null = a ? resolve(a.ref) : null
    const { start, end } = f.region
    return { text: text.slice(start, end), start, end, kind: f.kind, speaker, cue: a?.cue ?? null }
  })
  const indirect: Quote[] = findIndirect(article, sentences, regions).map((f) => ({
    ...f.content, kind: 'indirect', speaker: f.ref ? resolve(f.ref) : null, cue: f.cue,
  }))
  return [...quotes, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Just past the last sentence end ("… Trump. ''Mark, …") in text[from, to), or `from`; catches what the splitter
 *  keeps together before an opening mark it does not know. */
function lastTerminator(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if (/\s/.test(text[i]) && /[.!?]["”’']?$/.test(text.slice(Math.max(from, i - 2), i)) && !/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|[A-Z])\.$/.test(text.slice(Math.max(from, i - 5), i))) return i + 1
  }
  return from
}

function nextNonSpace(text: string, from: number, end: number): number {
  let i = from
  while (i < end && i - from < 8 && /\s/.test(text[i])) i++
  return i
}
