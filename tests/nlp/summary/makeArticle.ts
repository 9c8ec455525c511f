import type { Article, Block, BlockKind, Sentence } from '../../../src/types.js'
import { splitSentences } from '../../../src/nlp/sentences/splitSentences.js'

/**
 * A hand-made Article: blocks joined by blank lines, with their kinds given rather than parsed, and its
 * sentences (split within each block). `headline` is set from the first headline block.
 */
export function makeArticle(parts: [BlockKind, string][]): { article: Article; sentences: Sentence[] } {
  const blocks: Block[] = []
  let text = ''
  for (const [kind, body] of parts) {
    if (text) text += '\n\n'
    blocks.push({ kind, text: body, start: text.length, end: text.length + body.length })
    text += body
  }
  const head = blocks.find((b) => b.kind === 'headline')
  const article: Article = {
    text,
    headline: head ? { text: head.text, start: head.start, end: head.end } : null,
    deck: null,
    byline: null,
    dateline: null,
    date: null,
    section: null,
    contributors: [],
    captions: blocks.filter((b) => b.kind === 'caption').map(({ text, start, end }) => ({ text, start, end })),
    blocks,
  }
  const sentences = blocks.flatMap((b, block) => splitSentences(text, b.start, b.end).map((s) => ({ ...s, block })))
  return { article, sentences }
}
