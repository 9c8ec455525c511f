import type { Article } from '../types.js'
import type { Paint } from './paint.js'
import { oneLine } from './sanitize.js'
import { renderTable } from './table.js'
import { truncate } from './truncate.js'

/** The human `sections` view: the article's metadata, then a table of its blocks with kinds and offsets. */
export function renderSections(a: Article, paint: Paint, width: number): string {
  const facts: [string, string | null][] = [
    ['Headline', a.headline && paint.bold(oneLine(a.headline.text))],
    ['Deck', a.deck && oneLine(a.deck.text)],
    ['Byline', a.byline && oneLine(a.byline.authors.join(', ') || a.byline.text)],
    ['Dateline', a.dateline && oneLine(a.dateline.text)],
    ['Date', a.date],
    ['Section', a.section && oneLine(`${a.section.name} (${a.section.text})`)],
    ['Contributors', a.contributors.length ? oneLine(a.contributors.map((c) => (c.organization ? `${c.name} (${c.organization})` : c.name)).join(', ')) : null],
    ['Captions', a.captions.length ? String(a.captions.length) : null],
    ['Paragraphs', String(a.blocks.filter((b) => b.kind === 'paragraph').length)],
  ]
  const head = facts.filter(([, v]) => v !== null).map(([k, v]) => `${paint.dim(k.padEnd(13))}${v}`).join('\n')
  const rows = a.blocks.map((b, i) => {
    const text = truncate(oneLine(b.text), 160)
    const muted = b.kind !== 'paragraph' && b.kind !== 'headline'
    return [String(i + 1), b.kind, `${b.start}–${b.end}`, muted ? paint.dim(text) : b.kind === 'headline' ? paint.bold(text) : text]
  })
  const table = renderTable(
    [{ head: '#', right: true }, { head: 'Kind' }, { head: 'Offsets' }, { head: 'Text', flex: true }],
    rows,
    paint,
    width,
    { compact: true },
  )
  return `${head}\n${table}\n`
}
