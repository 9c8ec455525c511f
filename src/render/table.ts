import Table from 'cli-table3'
import type { Paint } from './paint.js'

/** A table column: its heading, and whether it takes the width left over by the others (wrapping its text). */
export interface Column {
  head: string
  flex?: boolean
  /** Right-align (numbers). */
  right?: boolean
  /** Upper bound on the width of a fixed column, padding included. */
  max?: number
}

const visibleLength = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length

/**
 * Renders rows as a boxed table no wider than `width` columns: fixed columns fit their widest cell (up to
 * `max`), and the flex column gets the rest and wraps. Cells must already be sanitized and painted. `compact`
 * drops the rules between rows.
 */
export function renderTable(columns: Column[], rows: string[][], paint: Paint, width: number, options: { compact?: boolean } = {}): string {
  const fixed = columns.map((c, i) =>
    c.flex ? 0 : Math.min(c.max ?? 40, 2 + Math.max(visibleLength(c.head), ...rows.map((r) => maxLineLength(r[i] ?? '')))),
  )
  const flexCount = columns.filter((c) => c.flex).length
  const borders = columns.length + 1
  const left = Math.max(20, width - borders - fixed.reduce((a, b) => a + b, 0))
  const colWidths = columns.map((c, i) => (c.flex ? Math.max(12, Math.floor(left / flexCount)) : fixed[i]))
  const table = new Table({
    head: columns.map((c) => paint.heading(c.head)),
    colWidths,
    colAligns: columns.map((c) => (c.right ? 'right' : 'left')),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: options.compact ?? false },
  })
  for (const r of rows) table.push(r)
  return table.toString()
}

function maxLineLength(s: string): number {
  let max = 0
  for (const line of s.split('\n')) max = Math.max(max, visibleLength(line))
  return max
}
