import { describe, expect, it } from 'vitest'
import { decodeInput } from '../../src/cli/decodeInput.js'

const bytes = (...b: number[]) => new Uint8Array(b)
const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeInput', () => {
  it.each([
    ['UTF-8', utf8('Héllo “world”'), 'Héllo “world”', 'utf-8'],
    ['UTF-8 with a BOM (dropped)', bytes(0xef, 0xbb, 0xbf, ...utf8('Hi there')), 'Hi there', 'utf-8'],
    ['UTF-16 LE with a BOM', bytes(0xff, 0xfe, 0x48, 0, 0x69, 0, 0x1c, 0x20, 0x1d, 0x20), 'Hi“”', 'utf-16le'],
    ['UTF-16 BE with a BOM', bytes(0xfe, 0xff, 0, 0x48, 0, 0x69), 'Hi', 'utf-16be'],
    ['Windows-1252 smart quotes', bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0xe9), '“Hi” é', 'windows-1252'],
    ['Latin-1', bytes(0x63, 0x61, 0x66, 0xe9), 'café', 'windows-1252'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeInput(input)).toEqual({ text, encoding })
  })

  it.each([
    ['empty input', bytes(), 'EMPTY'],
    ['whitespace only', utf8(' \n\t \r\n'), 'EMPTY'],
    ['NUL bytes', bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01), 'BINARY'],
    ['mostly control bytes', bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x01 : 0x41))), 'BINARY'],
  ])('rejects %s', (_name, input, code) => {
    expect(() => decodeInput(input)).toThrow(expect.objectContaining({ code }))
  })
})
