import type { Entity, Quote } from '../types.js'

/** A stretch of article text with everything that covers it, for views that mark up the article in place. */
export interface Piece {
  /** Offsets into the article text; `end` exclusive. */
  start: number
  end: number
  /** Index into the quotes given to {@link collectMarks} of the quote covering this piece, or null. */
  quote: number | null
  /** Inside an attribution cue ("said", "told reporters"). */
  isCue: boolean
  /** Index of the quote whose speaker mention ("Tillerson", "he") this piece is, or null. */
  mention: number | null
  /** Entity type of a mention covering this piece, or null. */
  entity: string | null
}

interface Range {
  start: number
  end: number
}

/** The spans an article view marks: quote extents, cues, speaker mentions and (optionally) entity mentions. */
export interface Marks {
  quotes: (Range & { quote: number })[]
  cues: Range[]
  mentions: (Range & { quote: number })[]
  entities: (Range & { type: string })[]
}

const OPENING = /["“„‟«‘']$/
const CLOSING = /^["”»’']/

/**
 * A quote's extent as shown: its span widened over a quotation mark right before and right after it (the
 * span itself leaves them out), including NYT-style '' double apostrophes.
 */
export function quoteExtent(text: string, q: Range): Range {
  let { start, end } = q
  if (text.slice(Math.max(0, start - 2), start) === "''") start -= 2
  else if (start > 0 && OPENING.test(text[start - 1])) start--
  if (text.slice(end, end + 2) === "''") end += 2
  else if (end < text.length && CLOSING.test(text[end])) end++
  return { start, end }
}

/** Gathers what to mark for `quotes` (indexes are positions in this list) and, when given, `entities`. */
export function collectMarks(text: string, quotes: Quote[], entities: Entity[] = []): Marks {
  const marks: Marks = { quotes: [], cues: [], mentions: [], entities: [] }
  quotes.forEach((q, i) => {
    marks.quotes.push({ ...quoteExtent(text, q), quote: i })
    if (q.cue) marks.cues.push({ start: q.cue.start, end: q.cue.end })
    const m = q.speaker?.mention
    if (m) marks.mentions.push({ start: m.start, end: m.end, quote: i })
  })
  for (const e of entities) for (const m of e.mentions) marks.entities.push({ start: m.start, end: m.end, type: e.type })
  return marks
}

/**
 * Cuts `[from, to)` into pieces at every mark boundary, each piece knowing what covers it. Where marks of
 * one kind overlap, the one starting last wins (the innermost). Empty ranges yield no pieces.
 */
export function splitPieces(from: number, to: number, marks: Marks): Piece[] {
  const inside = <T extends Range>(list: T[]) => list.filter((r) => r.start < to && r.end > from && r.end > r.start)
  const quotes = inside(marks.quotes)
  const cues = inside(marks.cues)
  const mentions = inside(marks.mentions)
  const entities = inside(marks.entities)
  const cuts = new Set([from, to])
  for (const r of [...quotes, ...cues, ...mentions, ...entities]) {
    if (r.start > from) cuts.add(r.start)
    if (r.end < to) cuts.add(r.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]
    const end = points[i + 1]
    pieces.push({
      start,
      end,
      quote: innermost(quotes, start)?.quote ?? null,
      isCue: cues.some((r) => r.start <= start && start < r.end),
      mention: innermost(mentions, start)?.quote ?? null,
      entity: innermost(entities, start)?.type ?? null,
    })
  }
  return pieces
}

function innermost<T extends Range>(list: T[], at: number): T | undefined {
  let best: T | undefined
  for (const r of list) if (r.start <= at && at < r.end && (!best || r.start >= best.start)) best = r
  return best
}
