import type { Article, Entity, Quote, Sentence, Span, Speaker } from '../../types.js'
import type { SpeakerRef } from './readPhrase.js'
import { buildRoster } from './buildRoster.js'
import { findAuthor } from './findAuthor.js'
import { INDIRECT_MODEL } from './indirectModel.js'
import { indirectCandidates } from './indirectCandidates.js'
import { quoteCandidates } from './quoteCandidates.js'
import { REGION_MODEL } from './regionModel.js'
import { makeResolver } from './resolveSpeaker.js'
import { scoreFeatures } from './scoreRegion.js'

/**
 * Finds every quotation in the article's body with its speaker: quotation-mark quotes (`direct`, or `partial`
 * when a fragment sits inside the author's sentence, including quotations that run over several paragraphs) and
 * reported speech without marks (`indirect`). Scare quotes, titles and nicknames are dropped by a small logistic
 * filter trained on PolNeAR (`regionModel.ts`, `npm run train:quotes`), and reported-speech finds that a second
 * such filter scores unlikely are not shown (`indirectModel.ts`, `npm run train:indirect`). Speakers are canonical per article
 * ("Tillerson" and "he" → "Rex Tillerson"); `entities` (may be empty) improve names and types. Pure,
 * deterministic, sorted by start; linear in the text apart from small bounded windows around each quotation.
 * `showAllReports` turns the reported-speech filter off (rule tests see what the rules find).
 */
export function findQuotes(article: Article, sentences: Sentence[], entities: Entity[], showAllReports = false): Quote[] {
  const { text } = article
  const roster = buildRoster(article, entities)
  const { candidates, regions } = quoteCandidates(article, sentences)
  const kept = candidates.filter((c) => scoreFeatures(c.features, REGION_MODEL) >= REGION_MODEL.threshold)
  const quoted = kept.map((f) => ({ text: '', start: f.region.start, end: f.region.end }))
  const resolve = makeResolver(text, roster, findAuthor(article), sentences, quoted)
  const items: { span: Span; kind: Quote['kind']; ref: SpeakerRef | null; cue: Span | null; cueOnly?: boolean; quiet?: boolean }[] = [
    ...kept.map((f) => ({ span: { text: '', start: f.region.start, end: f.region.end }, kind: f.kind, ref: f.attribution?.ref ?? null, cue: f.attribution?.cue ?? null })),
    // A find the reported-speech filter scores low is not shown but still makes its speaker salient.
    ...indirectCandidates(article, sentences, regions).map(({ find: f, features }) => ({ span: f.content, kind: 'indirect' as const, ref: f.ref, cue: f.cue,
      cueOnly: f.cueOnly || (!showAllReports && scoreFeatures(features, INDIRECT_MODEL) < INDIRECT_MODEL.threshold), quiet: f.quiet })),
  ]
  // Resolved in the order their speakers are named, so that reported speech makes its speaker as salient as a
  // quotation does ("…, noted NBC’s Dante Chinni. ¶ “…,” he wrote." → Dante Chinni).
  const at = (x: (typeof items)[number]) => x.ref?.mention.start ?? x.span.start
  // Quiet reports come last: they take the salience built by the others and change nobody's.
  const order = items.map((_, i) => i).sort((a, b) => Number(!!items[a].quiet) - Number(!!items[b].quiet) || at(items[a]) - at(items[b]) || items[a].span.start - items[b].span.start)
  const speakers: (Speaker | null)[] = []
  for (const i of order) speakers[i] = items[i].ref ? resolve(items[i].ref!) : null
  // A cue that reports no content only made its speaker salient.
  const out: Quote[] = []
  for (let i = 0; i < items.length; i++) {
    const { span: { start, end }, kind, cue, cueOnly } = items[i]
    if (!cueOnly) out.push({ text: text.slice(start, end), start, end, kind, speaker: speakers[i], cue })
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}
