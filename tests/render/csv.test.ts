import { describe, expect, it } from 'vitest'
import { csvRow } from '../../src/render/csv.js'

describe('csvRow (RFC 4180)', () => {
  it.each([
    [['a', 'b', 1], 'a,b,1\r\n'],
    [['with, comma'], '"with, comma"\r\n'],
    [['say "hi"'], '"say ""hi"""\r\n'],
    [['two\nlines'], '"two\nlines"\r\n'],
    [['cr\rhere'], '"cr\rhere"\r\n'],
    [[null, ''], ',\r\n'],
    [['“curly” stays'], '“curly” stays\r\n'],
  ] as const)('%j', (values, want) => expect(csvRow(values)).toBe(want))
})
