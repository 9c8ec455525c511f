import { readFileSync } from 'node:fs'

/** A gold entity span in a rebuilt CoNLL document (CoNLL short type: PER/ORG/LOC/MISC). */
export interface GoldSpan { start: number; end: number; type: string }

/** One CoNLL document rebuilt as the scorer does: tokens joined by spaces, sentences by "\n". */
export interface ConllDoc { text: string; sentences: { start: number; end: number }[]; spans: GoldSpan[] }

/** Reads a CoNLL-2003 (IOB1) file into rebuilt documents, exactly like ../shared/eval/score-ner.mjs. */
export function readConll(file: string): ConllDoc[] {
  const docs: [string, string][][][] = []
  let doc: [string, string][][] | null = null
  let sent: [string, string][] = []
  const flush = (): void => { if (sent.length) { (doc ??= []).push(sent); sent = [] } }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) { flush(); if (doc) docs.push(doc); doc = []; continue }
    if (!line.trim()) { flush(); continue }
    const cols = line.trim().split(/\s+/)
    sent.push([cols[0], cols[cols.length - 1]])
  }
  flush(); if (doc?.length) docs.push(doc)
  return docs.map(rebuild)
}

function rebuild(d: [string, string][][]): ConllDoc {
  let text = ''
  const spans: GoldSpan[] = [], sentences: { start: number; end: number }[] = []
  for (const s of d) {
    if (text) text += '\n'
    const sentStart = text.length
    let cur: GoldSpan | null = null, prevType = 'O'
    for (const [tok, tag] of s) {
      if (text && !text.endsWith('\n')) text += ' '
      const st = text.length; text += tok
      const [bio, type] = tag === 'O' ? ['O', 'O'] : tag.split('-')
      if (type === 'O') cur = null
      else if (bio === 'B' || !cur || prevType !== type) { cur = { start: st, end: text.length, type }; spans.push(cur) }
      else cur.end = text.length
      prevType = type
    }
    sentences.push({ start: sentStart, end: text.length })
  }
  return { text, sentences, spans }
}
