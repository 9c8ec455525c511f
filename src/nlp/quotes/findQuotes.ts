import type { Article, Entity, Quote, Sentence, Speaker } from '../../types.js'
import { buildRoster } from './buildRoster.js'
import { findAuthor } from './findAuthor.js'
import { findIndirect } from './findIndirect.js'
import { quoteCandidates } from './quoteCandidates.js'
import { REGION_MODEL } from './regionModel.js'
import { makeResolver } from './resolveSpeaker.js'
import { scoreFeatures } from './scoreRegion.js'

/**
 * Finds every quotation in the article's body with its speaker: quotation-mark quotes (`direct`, or `partial`
 * when a fragment sits inside the author's sentence, including quotations that run over several paragraphs) and
 * reported speech without marks (`indirect`). Scare quotes, titles and nicknames are dropped by a small logistic
 * filter trained on PolNeAR (`regionModel.ts`, `npm run train:quotes`). Speakers are canonical per article
 * ("Tillerson" and "he" → "Rex Tillerson"); `entities` (may be empty) improve names and types. Pure,
 * deterministic, sorted by start; linear in the text apart from small bounded windows around each quotation.
 */
export function findQuotes(article: Article, sentences: Sentence[], entities: Entity[]): Quote[] {
  const { text } = article
  const roster = buildRoster(article, entities)
  const { candidates, regions } = quoteCandidates(article, sentences)
  const kept = candidates.filter((c) => scoreFeatures(c.features, REGION_MODEL) >= REGION_MODEL.threshold)
  const quoted = kept.map((f) => ({ text: '', start: f.region.start, end: f.region.end }))
  const resolve = makeResolver(text, roster, findAuthor(article), sentences, quoted)
  const quotes: Quote[] = kept.map((f) => {
    const a = f.attribution
    const speaker: Speaker | null = a ? resolve(a.ref) : null
    const { start, end } = f.region
    return { text: text.slice(start, end), start, end, kind: f.kind, speaker, cue: a?.cue ?? null }
  })
  const indirect: Quote[] = findIndirect(article, sentences, regions).map((f) => ({
    ...f.content, kind: 'indirect', speaker: f.ref ? resolve(f.ref) : null, cue: f.cue,
  }))
  return [...quotes, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end)
}
