import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDependentOpener } from '../../../src/nlp/summary/isDependentOpener.js'

describe('isDependentOpener', () => {
  it.each([
    ['He added that the talks would go on.', true],
    ['She said so.', true],
    ['But the bank disagreed.', true],
    ['However, prices fell.', true],
    ['That was the third fall this year.', true],
    ['These figures are provisional.', true],
    ['Its shares rose 5%.', true],
    ['Meanwhile, the yen strengthened.', true],
    ['As a result, exports slowed.', true],
    ['The move surprised analysts.', true],
    ['"But we will not stop," she said.', true],
    ['• It also cut costs.', true],
    ['and then it rained.', true],
    ['Japan narrowly escaped recession.', false],
    ['The bank raised rates on Tuesday.', false],
    ['Heathrow opened a new terminal.', false],
    ['Theresa May spoke.', false],
    ['"We will not stop," the minister said.', false],
    ['Thousands marched in Paris.', false],
    ['There were 12 deaths in the crash.', false],
    ['Although rates rose, inflation stayed high.', false],
    ['So far, 12 people have died.', false],
    ['So the bank waited.', true],
    ['Earlier this year the firm cut 400 jobs.', false],
    ['', false],
  ])('%j → %s', (sentence, want) => expect(isDependentOpener(sentence)).toBe(want))

  it('skips leading marks as the regex replace it replaced', () => {
    const piece = fc.constantFrom(' ', '\u00a0', '\n', '"', "'", '“', '‘', '«', '(', '[', '—', '–', '•', '*', '-', '.', 'He ', 'he', 'So far', 'So ', 'The move', 'Élan', 'ο', 'x', '’', '”')
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const sentence = parts.join('')
      expect(isDependentOpener(sentence)).toBe(viaReplace(sentence))
    }), { numRuns: 2000 })
  })
})

/** The opening marks stripped with the regex the character loop replaced, then the same tests. */
function viaReplace(sentence: string): boolean {
  const s = sentence.slice(0, 60).replace(/^[\s"'“‘«(\[—–•*-]+/, '')
  if (!s) return false
  const first = s[0]
  if (first !== first.toUpperCase() && first === first.toLowerCase()) return true
  return isDependentOpener(s)
}
