import type { Block, Quote } from '../../types.js'
import type { SpeakerInfo } from '../listSpeakers.js'
import { splitPieces, type Marks } from '../markSpans.js'
import { escapeHtml } from './escapeHtml.js'

/** What the article text needs: the text, the quotes shown (marks index into them) and their speakers. */
export interface TextContext {
  /** Prefix of element ids, unique per article in the report ("a1"). */
  id: string
  text: string
  quotes: Quote[]
  speakers: Map<string, SpeakerInfo>
  marks: Marks
}

const TYPE_TAGS: Record<string, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC', PERCENT: 'PCT' }
const KIND_NAMES: Record<Quote['kind'], string> = { direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech' }
const FURNITURE: Partial<Record<Block['kind'], string>> = {
  caption: 'Caption', promo: 'Promo', credit: 'Credit', section: 'Print section', note: 'Note', boilerplate: 'Page furniture',
}

/** The article's blocks after the headline as HTML paragraphs, furniture labelled and muted. */
export function renderBlocks(ctx: TextContext, blocks: Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'headline')
    .map((b) => {
      const inner = renderInline(ctx, b.start, b.end)
      const label = FURNITURE[b.kind]
      if (label) return `<p class="furniture kind-${b.kind}"><span class="kind">${label}</span>${inner}</p>`
      const cls = b.kind === 'paragraph' ? '' : ` class="${b.kind}"`
      return `<p${cls}>${inner}</p>`
    })
    .join('\n')
}

/**
 * The text in `[from, to)` as escaped HTML: each quote a focusable <mark> in its speaker's colour class, with
 * an initials badge and a tooltip (speaker, title, cue, kind) tied by aria-describedby; cues, speaker mentions
 * and entity mentions as spans inside.
 */
export function renderInline(ctx: TextContext, from: number, to: number): string {
  let html = ''
  let quote: number | null = null
  let openedAt = from
  let entity: { type: string; end: number } | null = null
  const closeEntity = () => {
    if (entity) html += '</span>'
    entity = null
  }
  for (const p of splitPieces(from, to, ctx.marks)) {
    if (entity && (p.entity !== entity.type || p.start >= entity.end || p.quote !== quote)) closeEntity()
    if (p.quote !== quote) {
      if (quote !== null) html += closeMark(ctx, quote, openedAt)
      if (p.quote !== null) html += openMark(ctx, p.quote, p.start)
      quote = p.quote
      openedAt = p.start
    }
    if (p.entity && !entity) {
      const end = ctx.marks.entities.filter((m) => m.start <= p.start && p.start < m.end).reduce((e, m) => Math.max(e, m.end), p.end)
      html += `<span class="ent ent-${escapeHtml(p.entity)}" data-tag="${escapeHtml(TYPE_TAGS[p.entity] ?? p.entity)}">`
      entity = { type: p.entity, end }
    }
    let piece = escapeHtml(ctx.text.slice(p.start, p.end))
    if (p.mention !== null) piece = `<span class="mention">${piece}</span>`
    if (p.isCue) piece = `<span class="cue">${piece}</span>`
    html += piece
  }
  closeEntity()
  if (quote !== null) html += closeMark(ctx, quote, openedAt)
  return html
}

function speakerOf(ctx: TextContext, quote: number): SpeakerInfo | null {
  const s = ctx.quotes[quote].speaker
  return s ? ctx.speakers.get(s.name) ?? null : null
}

/** Id of a quote's tooltip, by where its mark opens: a quote running over several blocks has one mark per block. */
function tipId(ctx: TextContext, quote: number, at: number): string {
  return `${ctx.id}-q${quote}-${at}`
}

function openMark(ctx: TextContext, quote: number, at: number): string {
  const s = speakerOf(ctx, quote)
  const cls = s ? `sp-${s.index % 10}` : 'sp-none'
  const badge = `<span class="badge" aria-hidden="true">${s ? escapeHtml(s.initials) : '?'}</span>`
  return `<mark class="q ${cls}" data-s="${s ? s.index : 'none'}" tabindex="0" aria-describedby="${tipId(ctx, quote, at)}">${badge}`
}

function closeMark(ctx: TextContext, quote: number, at: number): string {
  const q = ctx.quotes[quote]
  const s = speakerOf(ctx, quote)
  const lines: string[] = [`<b>${s ? escapeHtml(q.speaker!.name) : 'Unattributed'}</b>`]
  if (s?.title) lines.push(escapeHtml(s.title))
  const mention = q.speaker?.mention?.text
  if (mention && s && !s.name.includes(mention) && !mention.includes(s.name)) lines.push(`named as “${escapeHtml(mention)}”`)
  lines.push(q.cue ? `cue “${escapeHtml(q.cue.text)}” · ${KIND_NAMES[q.kind]}` : KIND_NAMES[q.kind])
  const [name, ...rest] = lines
  return `<span class="tip" role="tooltip" id="${tipId(ctx, quote, at)}">${name}${rest.join('<br>')}</span></mark>`
}
