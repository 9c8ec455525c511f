import { trimRange } from './span.js'

/** A range of the input: [start, end) in UTF-16 offsets. */
export interface Range {
  start: number
  end: number
}

/**
 * Splits raw text into blocks: paragraphs separated by blank lines, or single lines where a group of lines is
 * not one hard-wrapped paragraph. A line that ends without closing punctuation joins the next when the next
 * starts in lower case or the line is long (wrapped prose). Ranges are trimmed and never empty. Linear time.
 */
export function splitBlocks(text: string): Range[] {
  const blocks: Range[] = []
  let group: Range | null = null
  let prevLine: Range | null = null
  for (const line of splitLines(text)) {
    if (line.start === line.end) {
      if (group) blocks.push(group)
      group = null
      prevLine = null
      continue
    }
    if (group && prevLine && joinsNext(text, prevLine, line)) group.end = line.end
    else {
      if (group) blocks.push(group)
      group = { start: line.start, end: line.end }
    }
    prevLine = line
  }
  if (group) blocks.push(group)
  return blocks
}

/** The trimmed ranges of each line (\n, \r\n or \r); blank lines come back as empty ranges. */
export function splitLines(text: string): Range[] {
  const lines: Range[] = []
  let start = 0
  // A regex finds the line breaks in native code, where a loop over every character ran interpreted (cold start).
  LINE_BREAK.lastIndex = 0
  for (let m; (m = LINE_BREAK.exec(text)) !== null; start = LINE_BREAK.lastIndex) lines.push(lineRange(text, start, m.index))
  lines.push(lineRange(text, start, text.length))
  return lines
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g

/** text[start, end) trimmed, or the empty range at its end when it is blank. */
function lineRange(text: string, start: number, end: number): Range {
  const r = trimRange(text, start, end)
  return r.start < r.end ? r : { start: end, end }
}

const CLOSERS = '.!?:;…"”’\')]'
const WRAP_MIN_LENGTH = 50

function joinsNext(text: string, line: Range, next: Range): boolean {
  const last = text[line.end - 1]
  if (CLOSERS.includes(last)) return false
  const first = text[next.start]
  if (first === '*' || first === '•' || first === '-' || first === '–' || first === '—') return false
  if (isLowerStart(first)) return true
  return line.end - line.start >= WRAP_MIN_LENGTH
}

function isLowerStart(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase()
}
