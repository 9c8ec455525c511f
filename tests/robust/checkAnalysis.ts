import { expect } from 'vitest'
import type { Analysis, Span } from '../../src/types.js'

/** Asserts every invariant of the offsets contract on an analysis of `text`. */
export function checkAnalysis(text: string, x: Analysis): void {
  const spans: Span[] = [
    ...x.article.blocks, ...x.article.captions, ...x.sentences, ...x.summary,
    ...[x.article.headline, x.article.deck, x.article.byline, x.article.dateline, x.article.section].filter((s): s is Span => s !== null),
    ...x.quotes.flatMap((q) => [q, ...(q.cue ? [q.cue] : []), ...(q.speaker?.mention ? [q.speaker.mention] : [])]),
    ...x.entities.flatMap((e) => e.mentions),
  ]
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text)) {
      expect.fail(`bad span ${JSON.stringify(s).slice(0, 200)}`)
    }
  }
  let last = 0
  const covered = new Uint8Array(text.length)
  for (const b of x.article.blocks) {
    if (b.start < last) expect.fail(`blocks overlap or go backwards at ${b.start}`)
    last = b.end
    covered.fill(1, b.start, b.end)
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !/\s/.test(text[i])) expect.fail(`non-blank character ${JSON.stringify(text[i])} at ${i} is in no block`)
  }
  for (let i = 1; i < x.quotes.length; i++) if (x.quotes[i].start < x.quotes[i - 1].start) expect.fail('quotes not sorted by start')
  for (let i = 1; i < x.summary.length; i++) if (x.summary[i].start < x.summary[i - 1].start) expect.fail('summary not in article order')
}
