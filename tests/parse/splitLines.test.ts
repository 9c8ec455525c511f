import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitLines, type Range } from '../../src/parse/splitBlocks.js'
import { trimRange } from '../../src/parse/span.js'

/** The character loop splitLines replaced (the reference). */
function byCharacter(text: string): Range[] {
  const lines: Range[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue
    const r = trimRange(text, start, i)
    lines.push(r.start < r.end ? r : { start: i, end: i })
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++
    start = i + 1
  }
  return lines
}

describe('splitLines', () => {
  it('splits at \\n, \\r\\n, \\r, U+2028 and U+2029 as the character loop did', () => {
    const piece = fc.constantFrom('a', 'b c', ' ', '\t', '\n', '\r', '\r\n', '\n\r', '\u2028', '\u2029', '\u00a0', '\ufeff')
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join('')
      expect(splitLines(text)).toEqual(byCharacter(text))
    }), { numRuns: 2000 })
  })
})
