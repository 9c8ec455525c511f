/** Why an input cannot be read as an article. */
export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
  }
}

/** Text decoded from bytes, with the encoding that was detected. */
export interface Decoded {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
}

const SNIFF_BYTES = 8192

/**
 * Decodes the bytes of an input file: UTF-8 (a BOM is dropped), UTF-16 LE/BE with a BOM, and otherwise
 * Windows-1252, which also covers Latin-1 text (smart quotes 0x93/0x94 become “ ”). Throws an
 * {@link InputError} for empty or whitespace-only input and for binary data (NUL bytes or mostly control bytes).
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  let decoded: Decoded
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  else {
    if (looksBinary(bytes)) throw new InputError('BINARY', 'binary data, not text')
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), encoding: 'utf-8' }
    } catch {
      decoded = { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
    }
  }
  if (!/\S/.test(decoded.text)) throw new InputError('EMPTY', bytes.length ? 'only whitespace, no text' : 'empty input')
  return decoded
}

/** True when the first 8 KB hold a NUL byte or more than 10% control bytes other than whitespace. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++
  }
  return n > 0 && control / n > 0.1
}

// Windows-1252 bytes 0x80–0x9F (undefined ones map to the C1 control of the same value, as WHATWG does).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Decodes Windows-1252 (a superset of printable Latin-1). Written out because Node's TextDecoder treats the
 * label as plain Latin-1 and would turn smart quotes 0x93/0x94 into C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80])
  }
  return out
}
