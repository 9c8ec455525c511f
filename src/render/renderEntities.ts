import type { Entity } from '../types.js'
import type { Paint } from './paint.js'
import { oneLine } from './sanitize.js'
import { renderTable } from './table.js'

/** The human `entities` view: one row per entity with its type, canonical name, mention count and aliases. */
export function renderEntities(entities: Entity[], paint: Paint, width: number): string {
  if (!entities.length) return paint.dim('No entities found.') + '\n'
  const rows = entities.map((e) => [
    paint.entity(e.type, e.type),
    oneLine(e.name),
    String(e.count),
    paint.dim(oneLine(e.aliases.join(', '))),
  ])
  return renderTable(
    [{ head: 'Type', max: 14 }, { head: 'Name', max: 36 }, { head: 'Count', right: true }, { head: 'Aliases', flex: true }],
    rows,
    paint,
    width,
    { compact: true },
  ) + '\n'
}
