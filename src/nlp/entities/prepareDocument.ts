import type { Span } from '../../types.js'
import { tokenize, type Token } from '../tokens/tokenize.js'
import { isAllCapsLine, readDocument, type DocContext } from './docContext.js'
import { gazetteerFlags } from './gazetteerFlags.js'
import type { NerResources } from './NerResources.js'
import { readSentence, type SentenceInfo } from './sentenceInfo.js'

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
  for (const s of sentences) {
    let from = s.start
    for (let i = s.start; i <= s.end; i++) {
      if (i < s.end && text.charCodeAt(i) !== 10) continue
      const toks = tokenize(text, from, i)
      if (toks.length) rows.push(toks)
      from = i + 1
    }
  }
  const infos = rows.map((r) => readSentence(text, r))
  const capsLines = infos.map(isAllCapsLine)
  const order = rows.map((_, i) => i)
  order.sort((a, b) => Number(capsLines[a]) - Number(capsLines[b]) || a - b)
  return {
    rows, infos, capsLines, order,
    gazetteer: infos.map((info) => gazetteerFlags(info, res)),
    doc: readDocument(infos, capsLines),
  }
}
