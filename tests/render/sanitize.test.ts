import { describe, expect, it } from 'vitest'
import { oneLine, sanitize } from '../../src/render/sanitize.js'

describe('sanitize', () => {
  it.each([
    ['plain “text”', 'plain “text”'],
    ['red \u001b[31mALERT\u001b[0m', 'red ␛[31mALERT␛[0m'],
    ['bell\u0007', 'bell␇'],
    ['C1 \u009b31m', 'C1 \uFFFD31m'],
    ['bidi \u202Eevil', 'bidi \uFFFDevil'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
  ])('%j', (input, want) => expect(sanitize(input)).toBe(want))

  it('oneLine collapses whitespace', () => expect(oneLine(' a \n\n b\t c ')).toBe('a b c'))
})
