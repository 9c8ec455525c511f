import type { Span } from '../../types.js'
import { tokenize, type Token } from '../tokens/tokenize.js'
import { isAllCapsLine, readDocument, type DocContext } from './docContext.js'
import { gazetteerFlags } from './gazetteerFlags.js'
import type { NerResources } from './NerResources.js'
import { readSentenceInto, type SentenceInfo } from './sentenceInfo.js'

/** A document ready for tagging: its token rows (sentences split at line breaks), their hashes and doc context. */
export interface PreparedDocument {
  rows: Token[][]
  infos: SentenceInfo[]
  gazetteer: Uint32Array[]
  capsLines: boolean[]
  doc: DocContext
  /** Row indices in tagging order: body rows first, then all-caps lines, so headlines see the body's history. */
  order: number[]
}

/** Tokenizes the sentences of `text` (each line of a sentence separately) and reads the document-level context. */
export function prepareDocument(text: string, sentences: readonly Span[], res: NerResources): PreparedDocument {
  const rows: Token[][] = []
  let total = 0
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]
    let from = s.start
    for (let i = s.start; i <= s.end; i++) {
      if (i < s.end && text.charCodeAt(i) !== 10) continue
      const toks = tokenize(text, from, i)
      if (toks.length) { rows.push(toks); total += toks.length }
      from = i + 1
    }
  }
  // One buffer per array for the whole document; each row gets views of it.
  const word = new Uint32Array(total), lower = new Uint32Array(total), shape = new Uint32Array(total)
  const prefix = new Uint32Array(total * 4), suffix = new Uint32Array(total * 4), flags = new Uint16Array(total)
  const gaz = new Uint32Array(total)
  const infos: SentenceInfo[] = [], gazetteer: Uint32Array[] = []
  let at = 0
  for (let k = 0; k < rows.length; k++) {
    const n = rows[k].length, e = at + n
    const info = readSentenceInto(text, rows[k], {
      n, word: word.subarray(at, e), lower: lower.subarray(at, e), shape: shape.subarray(at, e),
      prefix: prefix.subarray(at * 4, e * 4), suffix: suffix.subarray(at * 4, e * 4), flags: flags.subarray(at, e),
    })
    infos.push(info)
    gazetteer.push(gazetteerFlags(info, res, gaz.subarray(at, e)))
    at = e
  }
  const capsLines: boolean[] = []
  for (let k = 0; k < infos.length; k++) capsLines.push(isAllCapsLine(infos[k]))
  const order: number[] = []
  for (let k = 0; k < rows.length; k++) if (!capsLines[k]) order.push(k)
  for (let k = 0; k < rows.length; k++) if (capsLines[k]) order.push(k)
  return { rows, infos, capsLines, order, gazetteer, doc: readDocument(infos, capsLines) }
}
