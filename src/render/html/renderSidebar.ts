import type { Analysis, Entity, Quote } from '../../types.js'
import { articleStats, countWords } from '../../nlp/stats/articleStats.js'
import type { SpeakerInfo } from '../listSpeakers.js'
import { escapeHtml } from './escapeHtml.js'

/** Entities listed per type before the rest fold into a <details>. */
export const ENTITIES_SHOWN = 15

const TYPE_HEADINGS: Record<string, string> = {
  PERSON: 'People', ORGANIZATION: 'Organizations', LOCATION: 'Places', MISC: 'Other names', DATE: 'Dates', MONEY: 'Money', PERCENT: 'Percentages',
}
const TYPE_ORDER = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC', 'DATE', 'MONEY', 'PERCENT']

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`

/** A heading at `level` (clamped to h2–h6) with a styling class. */
const heading = (level: number, cls: string, text: string, id?: string) => {
  const h = `h${Math.min(6, Math.max(2, level))}`
  return `<${h} class="${cls}"${id ? ` id="${id}"` : ''}>${text}</${h}>`
}

/**
 * The sidebar of one article: speakers with counts and share bars, entities by type, and the metadata. Its
 * section headings are at `level` (one below the article's headline), so the outline never skips a level.
 */
export function renderSidebar(id: string, x: Analysis, quotes: Quote[], speakers: SpeakerInfo[], level = 2): string {
  return `<aside aria-label="About this article">
${renderSpeakers(id, quotes, speakers, level)}
${renderEntities(id, x.entities, level)}
${renderMetadata(id, x, level)}
</aside>`
}

/**
 * Speakers in order of first appearance, each a toggle button (fading the other speakers' quotes) with their
 * badge, name, title, quote count, and a bar of their share of all quoted words (stated in words too).
 */
export function renderSpeakers(id: string, quotes: Quote[], speakers: SpeakerInfo[], level = 2): string {
  const unattributed = quotes.filter((q) => !q.speaker)
  const unattributedWords = unattributed.reduce((n, q) => n + countWords(q.text), 0)
  const total = speakers.reduce((n, s) => n + s.words, 0) + unattributedWords
  const item = (cls: string, s: string, badge: string, who: string, title: string | null, count: number, words: number) => {
    const pct = total ? Math.round((100 * words) / total) : 0
    const shown = words && !pct ? 1 : pct
    return `<li class="${cls}">
<button type="button" class="speaker-filter" data-s="${s}" aria-pressed="false"><span class="badge" aria-hidden="true">${badge}</span><span class="who">${who}${title ? `<span class="title">${title}</span>` : ''}</span><span class="count">${plural(count, 'quote')}</span></button>
<div class="bar" aria-hidden="true"><span class="fill w${shown}"></span></div>
<p class="share">${pct}% of quoted words</p>
</li>`
  }
  const items = speakers.map((s) =>
    item(`sp-${s.index % 10}`, String(s.index), escapeHtml(s.initials), escapeHtml(s.name), s.title && escapeHtml(s.title), s.quotes, s.words),
  )
  if (unattributed.length) items.push(item('sp-none', 'none', '?', 'Unattributed', null, unattributed.length, unattributedWords))
  const body = items.length
    ? `<p class="share">Select a speaker to fade the others’ quotes.</p>\n<ol class="speakers">\n${items.join('\n')}\n</ol>`
    : '<p>No quotes found.</p>'
  return `<section aria-labelledby="${id}-speakers">${heading(level, 'side-h', 'Speakers', `${id}-speakers`)}\n${body}\n</section>`
}

/** Entities grouped by type (people, organizations, places, other), most mentioned first. */
export function renderEntities(id: string, entities: Entity[], level = 2): string {
  const types = [...new Set(entities.map((e) => e.type as string))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  const groups = types.map((t) => {
    const list = entities.filter((e) => e.type === t).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    const li = (e: Entity) => {
      const aliases = e.aliases.length ? ` <span class="aliases">(also ${escapeHtml(e.aliases.join(', '))})</span>` : ''
      return `<li>${escapeHtml(e.name)} <span class="count">×${e.count}</span>${aliases}</li>`
    }
    const rest = list.slice(ENTITIES_SHOWN)
    const more = rest.length ? `\n<details><summary>${rest.length} more</summary><ul class="ents">${rest.map(li).join('')}</ul></details>` : ''
    return `${heading(level + 1, 'group-h', `${escapeHtml(TYPE_HEADINGS[t] ?? t)} (${list.length})`)}\n<ul class="ents">${list.slice(0, ENTITIES_SHOWN).map(li).join('')}</ul>${more}`
  })
  const body = groups.length ? groups.join('\n') : '<p>No entities found.</p>'
  return `<section aria-labelledby="${id}-entities">${heading(level, 'side-h', 'Entities', `${id}-entities`)}\n${body}\n</section>`
}

function rank(type: string): number {
  const i = TYPE_ORDER.indexOf(type)
  return i < 0 ? TYPE_ORDER.length : i
}

/** The article's metadata as a description list: what the parser found, and its size. */
export function renderMetadata(id: string, x: Analysis, level = 2): string {
  const a = x.article
  const stats = articleStats(a)
  const rows: [string, string | null][] = [
    ['Deck', a.deck && escapeHtml(a.deck.text)],
    ['Byline', a.byline && escapeHtml(a.byline.authors.join(', ') || a.byline.text)],
    ['Dateline', a.dateline && escapeHtml(a.dateline.text)],
    ['Date', a.date && `<time datetime="${escapeHtml(a.date)}">${escapeHtml(a.date)}</time>`],
    ['Section', a.section && escapeHtml(`${a.section.name} (“${a.section.text}”)`)],
    ['Contributors', a.contributors.length ? escapeHtml(a.contributors.map((c) => (c.organization ? `${c.name} (${c.organization})` : c.name)).join('; ')) : null],
    ['Captions', a.captions.length ? String(a.captions.length) : null],
    ['Words', stats.wordCount.toLocaleString('en-US')],
    ['Paragraphs', String(stats.paragraphCount)],
    ['Reading time', `${stats.readingMinutes} min`],
    ['Blocks', String(a.blocks.length)],
  ]
  const dl = rows.filter(([, v]) => v !== null).map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')
  return `<section aria-labelledby="${id}-meta">${heading(level, 'side-h', 'Article metadata', `${id}-meta`)}\n<dl class="meta">\n${dl}\n</dl>\n</section>`
}
