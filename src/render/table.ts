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
  const heads = columns.map((c) => paint.heading(c.head))
  const simple = drawSimple(heads, rows, colWidths, columns.map((c) => Boolean(c.right)), options.compact ?? false)
  if (simple !== null) return simple
  const table = new Table({
    head: heads,
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

/**
 * Text cli-table3 draws as is and measures like `visibleLength`: no line breaks, tabs or controls, no wide, zero-width
 * or combining characters; colour codes only as one pair around the whole cell, around text that neither starts nor
 * ends with a space (cli-table3's word wrap drops the codes of blank painted text).
 */
const PLAIN = /^(?:[\x20-\x7e\xa0-\u02ff]*|\u001b\[[0-9;]*m[\x21-\x7e\xa0-\u02ff](?:[\x20-\x7e\xa0-\u02ff]*[\x21-\x7e\xa0-\u02ff])?\u001b\[[0-9;]*m)$/

/**
 * The table cli-table3 draws when every cell is plain text (see PLAIN) that fits its column: no wrapping, so each
 * row is one line of cells padded to their widths. Null otherwise (and for no rows) (cli-table3 then does the work). Drawing it here
 * costs ~5% of a one-file `summary` less (tests/render/table.test.ts compares both on many tables).
 */
export function drawSimple(heads: string[], rows: string[][], widths: number[], right: boolean[], compact: boolean): string | null {
  const line = (cells: string[]): string | null => {
    if (cells.length !== widths.length) return null
    let out = '│'
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i], len = visibleLength(c), gap = widths[i] - 2 - len
      if (gap < 0 || !PLAIN.test(c)) return null
      out += right[i] ? ' ' + ' '.repeat(gap) + c + ' │' : ' ' + c + ' '.repeat(gap) + ' │'
    }
    return out
  }
  if (!rows.length) return null
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w)).join(m) + r
  const out = [rule('┌', '┬', '┐')]
  const head = line(heads)
  if (head === null) return null
  out.push(head, rule('├', '┼', '┤'))
  for (let k = 0; k < rows.length; k++) {
    const row = line(rows[k])
    if (row === null) return null
    if (k > 0 && !compact) out.push(rule('├', '┼', '┤'))
    out.push(row)
  }
  out.push(rule('└', '┴', '┘'))
  return out.join('\n')
}
