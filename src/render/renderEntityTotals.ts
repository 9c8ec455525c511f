import type { EntityTotal } from '../aggregate/aggregateEntities.js'
import type { Paint } from './paint.js'
import { oneLine } from './sanitize.js'
import { renderTable } from './table.js'

/** The human `entities --aggregate` report: one table per group (or one for the corpus), most mentioned first. */
export function renderEntityTotals(rows: EntityTotal[], paint: Paint, width: number): string {
  if (!rows.length) return paint.dim('No entities found.') + '\n'
  const groups = [...new Set(rows.map((r) => r.group))]
  return groups.map((g) => {
    const table = renderTable(
      [{ head: 'Type', max: 14 }, { head: 'Name', flex: true }, { head: 'Mentions', right: true }, { head: 'Articles', right: true }],
      rows.filter((r) => r.group === g).map((r) => [paint.entity(r.type, r.type), oneLine(r.name), String(r.count), String(r.articles)]),
      paint, width, { compact: true },
    )
    return g === null ? table : `${paint.bold(oneLine(g))}\n${table}`
  }).join('\n\n') + '\n'
}
