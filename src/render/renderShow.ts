import type { Analysis, Block, Quote } from '../types.js'
import { articleStats } from '../nlp/stats/articleStats.js'
import { collectMarks, splitPieces, type Marks, type Piece } from './markSpans.js'
import { listSpeakers, speakerIndex, type SpeakerInfo } from './listSpeakers.js'
import type { Paint } from './paint.js'
import { oneLine, sanitize } from './sanitize.js'
import { wrapRuns, type Run } from './wrapRuns.js'
import { renderShowLegend, TYPE_CODES } from './renderShowLegend.js'

/** Options of the `show` view. */
export interface ShowOptions {
  /** Mark entity mentions by type. */
  entities?: boolean
  /** Also mark reported speech (quotes of kind "indirect"). */
  indirect?: boolean
  /** Mark quotes as `[Label: “…”]` instead of colour; defaults to true when `paint` does not colour. */
  brackets?: boolean
}

const MUTED = new Set<Block['kind']>(['promo', 'boilerplate', 'note', 'credit', 'section', 'caption'])

/** True when `paint` leaves text unchanged (no colour): the view then falls back to bracket marks. */
export function isPlainPaint(paint: Paint): boolean {
  return paint.bold('x') === 'x' && paint.speaker(0, 'x') === 'x'
}

/**
 * The `show` view: the article itself, wrapped to `width` columns, with a legend of speakers. The headline is
 * bold, page furniture dimmed, each quote in its speaker's colour with the cue underlined (or, without colour,
 * marked `[Tillerson: “…”]`), and with `entities` every entity mention marked by type. A caption printed
 * twice is shown once. All article text is sanitized.
 */
export function renderShow(x: Analysis, paint: Paint, width: number, options: ShowOptions = {}): string {
  const brackets = options.brackets ?? isPlainPaint(paint)
  const quotes = x.quotes.filter((q) => options.indirect || q.kind !== 'indirect')
  const speakers = listSpeakers(quotes)
  const marks = collectMarks(x.article.text, quotes, options.entities ? x.entities : [])
  const view: View = { x, paint, brackets, quotes, speakers: speakerIndex(speakers), marks, safe: sanitize(x.article.text) }
  const legend = { speakers, unattributed: quotes.filter((q) => !q.speaker).length, entityTypes: options.entities ? [...new Set(marks.entities.map((e) => e.type))] : null, brackets }
  const out = [...renderShowLegend(legend, paint, width), paint.dim('─'.repeat(width)), '']
  const captions = new Set(x.article.captions.map((c) => c.start))
  for (const block of x.article.blocks) {
    if (block.kind === 'caption' && !captions.has(block.start)) continue
    out.push(...wrapRuns(blockRuns(view, block), width))
    if (block.kind === 'headline') out.push(...renderMeta(view, width))
    out.push('')
  }
  return out.join('\n')
}

interface View {
  x: Analysis
  paint: Paint
  brackets: boolean
  quotes: Quote[]
  speakers: Map<string, SpeakerInfo>
  marks: Marks
  /** The sanitized article text; sanitizing keeps every offset. */
  safe: string
}

function renderMeta(v: View, width: number): string[] {
  const a = v.x.article
  const stats = articleStats(a)
  const meta = [
    a.date,
    a.section && `Section ${oneLine(a.section.name)}`,
    `${stats.wordCount.toLocaleString('en-US')} words`,
    `${stats.readingMinutes} min read`,
  ].filter(Boolean)
  return wrapRuns([{ text: meta.join(' · '), paint: v.paint.dim }], width)
}

/** The runs of one block: its pieces painted (or bracketed) by what covers them. */
function blockRuns(v: View, block: Block): Run[] {
  const { paint } = v
  const base = block.kind === 'headline' ? paint.bold : MUTED.has(block.kind) ? paint.dim : (s: string) => s
  const runs: Run[] = []
  if (v.brackets && MUTED.has(block.kind)) runs.push({ text: `(${block.kind}) `, paint: base })
  const closeEntity = (type: string) => runs.push({ text: `|${TYPE_CODES[type] ?? type}}`, paint: base })
  let open: number | null = null
  let entity: { type: string; end: number } | null = null
  for (const p of splitPieces(block.start, block.end, v.marks)) {
    if (v.brackets && entity && (p.entity !== entity.type || p.start >= entity.end)) {
      closeEntity(entity.type)
      entity = null
    }
    if (v.brackets && p.quote !== open) {
      if (open !== null) runs.push({ text: ']', paint: base })
      if (p.quote !== null) runs.push({ text: `[${labelOf(v, p.quote)}: `, paint: base })
      open = p.quote
    }
    if (v.brackets && p.entity && !entity) {
      runs.push({ text: '{', paint: base })
      entity = { type: p.entity, end: mentionEnd(v.marks, p) }
    }
    runs.push({ text: v.safe.slice(p.start, p.end), paint: (s) => base(paintPiece(v, p, s)) })
  }
  if (entity) closeEntity(entity.type)
  if (open !== null) runs.push({ text: ']', paint: base })
  return runs
}

/** End of the (innermost) entity mention covering the start of `p`. */
function mentionEnd(marks: Marks, p: Piece): number {
  let best: { start: number; end: number } | null = null
  for (const m of marks.entities) if (m.start <= p.start && p.start < m.end && (!best || m.start >= best.start)) best = m
  return best?.end ?? p.end
}

function labelOf(v: View, quote: number): string {
  const q = v.quotes[quote]
  const s = q.speaker && v.speakers.get(q.speaker.name)
  const label = s ? s.label : '?'
  return q.kind === 'indirect' ? `${label}, reported` : label
}

function paintPiece(v: View, p: Piece, s: string): string {
  const { paint } = v
  if (v.brackets) return s
  const speakerOf = (i: number | null) => {
    const q = i === null ? null : v.quotes[i]
    return q?.speaker ? v.speakers.get(q.speaker.name) : undefined
  }
  let out = s
  const quoted = speakerOf(p.quote)
  const mentioned = speakerOf(p.mention)
  if (p.entity) out = paint.entity(p.entity, out)
  else if (quoted) out = paint.speaker(quoted.index, out)
  else if (mentioned) out = paint.bold(paint.speaker(mentioned.index, out))
  if (p.isCue) out = paint.underline(out)
  return out
}
