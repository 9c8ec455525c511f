import type { Article, Block, BlockKind, Byline, Dateline, SectionLine, Span } from '../types.js'
import { classifyBlock } from './classifyBlock.js'
import { isHeadline } from './isHeadline.js'
import { makeSpan, trimRange } from './span.js'
import { splitBlocks, type Range } from './splitBlocks.js'
import { isAbstractMarker, isFurniture } from './rules/isBoilerplate.js'
import { matchByline } from './rules/matchByline.js'
import { matchDateline } from './rules/matchDateline.js'
import { matchSectionLine } from './rules/matchSectionLine.js'
import { parseContributors } from './rules/parseContributors.js'

/** Blocks this close to the top may still be a byline or a doubled caption. */
const FRONT_MATTER_BLOCKS = 6

/**
 * Parses the raw text of a news article into an {@link Article}: headline and deck, byline, dateline, captions,
 * body paragraphs, promos, credits, section line, notes and boilerplate, each described by offsets into `text`,
 * which is kept unchanged. Never throws: what it cannot find is null or empty.
 */
export function parse(text: string): Article {
  const ranges = splitBlocks(text)
  const blocks: Block[] = []
  const push = (kind: BlockKind, start: number, end: number) => {
    const r = trimRange(text, start, end)
    if (r.start < r.end) blocks.push({ kind, ...makeSpan(text, r.start, r.end) })
  }
  let inBody = false
  let abstractNext = false
  let inCorrection = false
  let dateline: Dateline | null = null
  let byline: Byline | null = null
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]
    const line = text.slice(r.start, r.end)
    if (i === 0 && isHeadline(line, ranges.length)) {
      pushHeadline(text, r, push)
      continue
    }
    if (i === 1 && blocks.length === 1 && blocks[0].text.endsWith(';') && line.length <= 300) {
      // The headline ended with ";": this block is its deck.
      push('deck', r.start, r.end)
      continue
    }
    if (abstractNext) {
      abstractNext = false
      push('deck', r.start, r.end)
      continue
    }
    if (isAbstractMarker(line)) abstractNext = true
    const known = classifyBlock(line)
    if (known?.kind === 'note' && /^CORRECTIONS?:$/i.test(line)) inCorrection = true
    if (inCorrection) {
      push('note', r.start, r.end)
      continue
    }
    if (known) {
      push(known.kind, r.start, r.start + known.length)
      if (known.length < line.length) push('boilerplate', r.start + known.length, r.end)
      continue
    }
    if (!inBody && i < FRONT_MATTER_BLOCKS) {
      const by = matchByline(line)
      if (by && !byline) {
        byline = { ...makeSpan(text, r.start, r.end), authors: by.authors }
        push('byline', r.start, r.end)
        continue
      }
      const next = ranges[i + 1]
      const prev = blocks[blocks.length - 1]
      const isDoubled = next && text.slice(next.start, next.end) === line
      if (isDoubled || (prev?.kind === 'caption' && prev.text === line)) {
        push('caption', r.start, r.end)
        continue
      }
    }
    if (!inBody && !dateline) {
      const d = matchDateline(line)
      if (d) {
        dateline = { ...makeSpan(text, r.start, r.start + d.length), place: d.place, source: d.source, date: d.date }
        push('dateline', r.start, r.start + d.length)
        if (d.length < line.length) push('paragraph', r.start + d.length, r.end)
        inBody = d.length < line.length
        continue
      }
    }
    push('paragraph', r.start, r.end)
    inBody = true
  }
  markTrailingFurniture(blocks)
  return assemble(text, blocks, byline, dateline)
}

function pushHeadline(text: string, r: Range, push: (k: BlockKind, s: number, e: number) => void) {
  const semi = text.indexOf(';', r.start)
  if (semi >= 0 && semi < r.end - 1 && /\S/.test(text.slice(semi + 1, r.end))) {
    push('headline', r.start, semi + 1)
    push('deck', semi + 1, r.end)
  } else push('headline', r.start, r.end)
}

function markTrailingFurniture(blocks: Block[]) {
  for (let i = blocks.length - 1; i > 0; i--) {
    const b = blocks[i]
    if (b.kind !== 'paragraph') continue
    if (!isFurniture(b.text)) return
    blocks[i] = { ...b, kind: 'boilerplate' }
  }
}

function assemble(text: string, blocks: Block[], byline: Byline | null, dateline: Dateline | null): Article {
  const first = (kind: BlockKind): Span | null => {
    const b = blocks.find((x) => x.kind === kind)
    return b ? makeSpan(text, b.start, b.end) : null
  }
  const headline = first('headline')
  const sectionBlock = blocks.find((b) => b.kind === 'section')
  const section: SectionLine | null = sectionBlock
    ? { ...makeSpan(text, sectionBlock.start, sectionBlock.end), ...matchSectionLine(sectionBlock.text)! }
    : null
  const captions: Span[] = []
  for (const b of blocks) {
    if (b.kind === 'caption' && !captions.some((c) => c.text === b.text)) captions.push(makeSpan(text, b.start, b.end))
  }
  const contributors = blocks.filter((b) => b.kind === 'credit').flatMap((b) => parseContributors(b.text))
  return {
    text,
    headline: headline && stripSeparator(text, headline),
    deck: first('deck'),
    byline,
    dateline,
    date: section?.date ?? dateline?.date ?? null,
    section,
    contributors: contributors.filter((c, i) => contributors.findIndex((d) => d.name === c.name) === i),
    captions,
    blocks,
  }
}

/** A headline followed by "; deck" keeps the semicolon in its block but not in the headline span. */
function stripSeparator(text: string, s: Span): Span {
  return s.text.endsWith(';') ? makeSpan(text, s.start, trimRange(text, s.start, s.end - 1).end) : s
}
