import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/render/displayWidth.js'
import { wrapRuns, type Run } from '../../src/render/wrapRuns.js'
import { ansiPaint, isBalanced, strip } from './ansiPaint.js'

const plain = (text: string): Run => ({ text, paint: (s) => s })

describe('wrapRuns', () => {
  it.each([
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['  spaces   collapse \n\n and   newlines ', 80, ['spaces collapse and newlines']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['a verylongword b', 5, ['a', 'veryl', 'ongwo', 'rd b']],
    ['', 10, []],
  ])('wraps %j at %i', (text, width, want) => expect(wrapRuns([plain(text)], width)).toEqual(want))

  it('joins runs without adding spaces, and breaks between words across runs', () => {
    expect(wrapRuns([plain('foo'), plain('bar baz'), plain(' qux')], 7)).toEqual(['foobar', 'baz qux'])
  })

  it('paints each line on its own, so no line carries an open style or a split escape', () => {
    const lines = wrapRuns([plain('He said '), { text: 'we must increase the costs of the behavior', paint: ansiPaint.underline }, plain(' today.')], 12)
    for (const line of lines) {
      expect(isBalanced(line)).toBe(true)
      expect(displayWidth(strip(line))).toBeLessThanOrEqual(12)
    }
    expect(lines.map(strip).join(' ')).toBe('He said we must increase the costs of the behavior today.')
    expect(lines[0]).toBe('He said \u001b[4mwe\u001b[24m')
  })

  it('styles the space between two words of one run (an underlined cue stays unbroken)', () => {
    expect(wrapRuns([plain('Johnson '), { text: 'told reporters', paint: ansiPaint.underline }], 80)).toEqual(['Johnson \u001b[4mtold reporters\u001b[24m'])
  })

  it('counts wide characters as two columns', () => {
    const lines = wrapRuns([plain('北朝鮮の外務省は声明を発表した')], 10)
    expect(lines.every((l) => displayWidth(l) <= 10)).toBe(true)
    expect(lines[0]).toBe('北朝鮮の外')
  })
})
