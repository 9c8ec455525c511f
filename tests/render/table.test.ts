import Table from 'cli-table3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawSimple } from '../../src/render/table.js'

/** What cli-table3 draws for the options renderTable gives it. */
function cliTable3(heads: string[], rows: string[][], widths: number[], right: boolean[], compact: boolean): string {
  const table = new Table({
    head: heads, colWidths: widths, colAligns: right.map((r) => (r ? 'right' : 'left')), wordWrap: true, wrapOnWordBoundary: true,
    style: { head: [], border: [], compact },
  })
  for (const r of rows) table.push(r)
  return table.toString()
}

const painted = (s: string, code: number) => (code ? `\u001b[${code}m${s}\u001b[${code === 1 ? 22 : 39}m` : s)

describe('drawSimple', () => {
  it('draws a compact two-column table like cli-table3', () => {
    const args = [[painted('Speaker', 1), 'Quotes'], [[painted('Bob', 31), '3'], ['Al', '']], [12, 10], [false, true], true] as const
    expect(drawSimple(...args)).toBe(cliTable3(...args))
  })

  it('gives up on text that would wrap or that cli-table3 measures differently', () => {
    expect(drawSimple(['H'], [['far too long']], [6], [false], true)).toBeNull()
    expect(drawSimple(['H'], [['两个']], [10], [false], true)).toBeNull()
    expect(drawSimple(['H'], [['a\nb']], [10], [false], true)).toBeNull()
  })

  it('matches cli-table3 whenever it draws', () => {
    const word = fc.array(fc.constantFrom('a', 'Z', '7', '-', '.', 'é', 'ß', "'", '’', '·'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''))
    const raw = fc.array(fc.constantFrom('a', ' ', '.', 'é'), { maxLength: 6 }).map((a) => a.join(''))
    const text = fc.oneof(fc.array(word, { maxLength: 3 }).map((a) => a.join(' ')), raw)
    const cell = fc.tuple(text, fc.constantFrom(0, 0, 1, 31, 36)).map(([s, c]) => painted(s, c))
    const table = fc.integer({ min: 1, max: 4 }).chain((cols) => fc.record({
      heads: fc.array(cell, { minLength: cols, maxLength: cols }),
      rows: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { maxLength: 5 }),
      widths: fc.array(fc.integer({ min: 2, max: 26 }).map((w) => (w < 6 ? w : w + 8)), { minLength: cols, maxLength: cols }),
      right: fc.array(fc.boolean(), { minLength: cols, maxLength: cols }),
      compact: fc.boolean(),
    }))
    let drawn = 0
    fc.assert(fc.property(table, ({ heads, rows, widths, right, compact }) => {
      const mine = drawSimple(heads, rows, widths, right, compact)
      if (mine === null) return
      drawn++
      expect(mine).toBe(cliTable3(heads, rows, widths, right, compact))
    }), { numRuns: 3000 })
    expect(drawn).toBeGreaterThan(50)
  })
})
