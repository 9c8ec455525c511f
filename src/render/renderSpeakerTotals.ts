import type { SpeakerTotal } from '../aggregate/aggregateSpeakers.js'
import type { Paint } from './paint.js'
import { oneLine } from './sanitize.js'
import { renderTable } from './table.js'

/** The human `speakers` report: one table per group (or one for the corpus), most quoted first. */
export function renderSpeakerTotals(rows: SpeakerTotal[], paint: Paint, width: number): string {
  if (!rows.length) return paint.dim('No quoted speakers found.') + '\n'
  const groups = [...new Set(rows.map((r) => r.group))]
  return groups.map((g) => {
    const table = renderTable(
      [{ head: 'Speaker', max: 34 }, { head: 'Type', max: 14 }, { head: 'Quotes', right: true }, { head: 'Articles', right: true }, { head: 'Quoted with', flex: true }],
      rows.filter((r) => r.group === g).map((r, i) => [
        paint.speaker(i, oneLine(r.name)), paint.dim(r.type), String(r.quotes), String(r.articles),
        paint.dim(oneLine(r.coQuoted.map((c) => `${c.name} (${c.articles})`).join(', '))),
      ]),
      paint, width, { compact: true },
    )
    return g === null ? table : `${paint.bold(oneLine(g))}\n${table}`
  }).join('\n\n') + '\n'
}
