import { isSpaceCode } from '../../parse/span.js'

/** A quotation inside a block: [start, end) covers the marks; `carriesOn` when the sentence goes on after it. */
export interface Region {
  start: number
  end: number
  carriesOn: boolean
}

/**
 * Pairs double quotation marks in text[start, end): curly “ ”, straight " (opening or closing by the spaces
 * around it), guillemets and the NYT's '' … ''. An unclosed quotation runs to `end`. A region `carriesOn` when
 * the first thing after its closing mark is a lower-case word or a comma ("“Stop. Now.” and he left").
 */
export function findQuoteRegions(text: string, start: number, end: number): Region[] {
  const out: Region[] = []
  let open = -1
  // Only the quotation characters are visited: a regex skips to the next one in native code, where a loop over every
  // character ran interpreted in short runs (this runs over every block twice: splitter and summary).
  const block = text.slice(start, end)
  QUOTE_CHAR.lastIndex = 0
  while (QUOTE_CHAR.test(block)) {
    const i = start + QUOTE_CHAR.lastIndex - 1
    const c = text.charCodeAt(i)
    let mark: 'open' | 'close' | null = null
    let len = 1
    if (c === 0x201c || c === 0xab || c === 0x201e) mark = 'open' // “ « „
    else if (c === 0x201d || c === 0xbb) mark = 'close' // ” »
    else if (c === 34 || (c === 39 && text.charCodeAt(i + 1) === 39)) { // " or ''
      len = c === 34 ? 1 : 2
      const prevSpace = i === start || isSpaceCode(text.charCodeAt(i - 1)) || '([{—–-/'.includes(text[i - 1])
      const nextSpace = i + len >= end || isSpaceCode(text.charCodeAt(i + len))
      mark = prevSpace && !nextSpace ? 'open' : 'close'
    }
    if (mark === 'open' && open < 0) open = i
    else if (mark === 'close' && open >= 0) {
      out.push({ start: open, end: i + len, carriesOn: carriesOn(text, i + len, end) })
      open = -1
    }
    QUOTE_CHAR.lastIndex = i + len - start
  }
  if (open >= 0) out.push({ start: open, end, carriesOn: false })
  return out
}

/** The characters that may be a quotation mark: " ' “ ” « » „ (a ' only when doubled). */
const QUOTE_CHAR = /["'“”«»„]/g

function carriesOn(text: string, from: number, end: number): boolean {
  let k = from
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++
  if (k >= end) return false
  const c = text[k]
  return c === ',' || c === ';' || (c !== c.toUpperCase() && c === c.toLowerCase())
}
