import type { Block } from '../../types.js'
import { isSpaceCode } from '../../parse/span.js'

/** One quotation found by its marks; offsets into the article text. */
export interface QuoteRegion {
  /** First and one-past-last offset of the quoted words, marks excluded and whitespace trimmed. */
  start: number
  end: number
  /** Offset of the opening mark, and offset just past the closing mark (the block end when unclosed). */
  open: number
  close: number
  /** Index into `Article.blocks` of the block holding it. */
  block: number
  closed: boolean
  /** True when it opens a paragraph that carries on an unclosed quotation of the previous paragraph. */
  continues: boolean
}

/** Block kinds whose quotation marks are scanned. */
const SCANNED = new Set(['paragraph', 'deck'])

/**
 * Pairs double quotation marks inside each body paragraph: curly “ ”, guillemets, „, straight " (opening when it
 * follows a space, a bracket or a dash and precedes a non-space, as in the PolNeAR reference scanner) and the
 * NYT's '' … ''. An unclosed quotation runs to the end of its paragraph; when the next paragraph opens with a
 * mark it `continues` the quotation (the multi-paragraph convention). Single quotes are not quotation marks
 * here. One pass over the text: linear time whatever the input.
 */
export function scanQuoteMarks(text: string, blocks: Block[]): QuoteRegion[] {
  const out: QuoteRegion[] = []
  let pendingUnclosed = false
  blocks.forEach((b, block) => {
    if (!SCANNED.has(b.kind)) {
      pendingUnclosed = false
      return
    }
    let open = -1
    let openLen = 0
    let first = true
    for (let i = b.start; i < b.end; i++) {
      // Most characters are none of " ' ` « » “ ” „: skip them without building the character.
      const c = text.charCodeAt(i)
      if (c !== 34 && c !== 39 && c !== 96 && c !== 0xab && c !== 0xbb && (c < 0x201c || c > 0x201e)) continue
      const mark = markAt(text, i, b.start, b.end)
      if (!mark) continue
      if (mark.side === 'open' && open < 0) {
        open = i
        openLen = mark.len
      } else if (mark.side === 'close' && open >= 0) {
        push(out, text, open, open + openLen, i, i + mark.len, block, true, first && pendingUnclosed && open === b.start)
        first = false
        open = -1
      }
      i += mark.len - 1
    }
    if (open >= 0) push(out, text, open, open + openLen, b.end, b.end, block, false, first && pendingUnclosed && open === b.start)
    pendingUnclosed = open >= 0
  })
  return out
}

function push(out: QuoteRegion[], text: string, open: number, s: number, e: number, close: number, block: number,
  closed: boolean, continues: boolean) {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
  if (e > s) out.push({ start: s, end: e, open, close, block, closed, continues })
}

/** The quotation mark at offset i, if any, with its side and length. */
export function markAt(text: string, i: number, start: number, end: number): { side: 'open' | 'close'; len: number } | null {
  const c = text[i]
  if (c === '“' || c === '«' || c === '„') return { side: 'open', len: 1 }
  if (c === '”' || c === '»') return { side: 'close', len: 1 }
  if (c !== '"' && !(c === "'" && text[i + 1] === "'") && !(c === '`' && text[i + 1] === '`')) return null
  const len = c === '"' ? 1 : 2
  if (c === '`') return { side: 'open', len }
  const prev = text[i - 1]
  const prevOpen = i === start || isSpaceCode(text.charCodeAt(i - 1)) || '([{—–-/'.includes(prev)
  const nextSpace = i + len >= end || isSpaceCode(text.charCodeAt(i + len))
  return { side: prevOpen && !nextSpace ? 'open' : 'close', len }
}
