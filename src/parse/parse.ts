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

/** What the parser knows while it walks the blocks of one article. */
interface State {
  text: string
  ranges: Range[]
  blocks: Block[]
  byline: Byline | null
  dateline: Dateline | null
  inBody: boolean
  abstractNext: boolean
  inCorrection: boolean
}

/** A rule gets the i-th block range and its text; it pushes blocks and returns true when it took the range. */
type Rule = (s: State, i: number, line: string) => boolean

/**
 * Parses the raw text of a news article into an {@link Article}: headline and deck, byline, dateline, captions,
 * body paragraphs, promos, credits, section line, notes and boilerplate, each described by offsets into `text`,
 * which is kept unchanged. Never throws: what it cannot find is null or empty. Linear time.
 */
export function parse(text: string): Article {
  const s: State = { text, ranges: splitBlocks(text), blocks: [], byline: null, dateline: null, inBody: false, abstractNext: false, inCorrection: false }
  for (let i = 0; i < s.ranges.length; i++) {
    const line = text.slice(s.ranges[i].start, s.ranges[i].end)
    RULES.some((rule) => rule(s, i, line))
  }
  markTrailingFurniture(s.blocks)
  return assemble(s)
}

function push(s: State, kind: BlockKind, start: number, end: number): true {
  const r = trimRange(s.text, start, end)
  if (r.start < r.end) s.blocks.push({ kind, ...makeSpan(s.text, r.start, r.end) })
  return true
}

/** The first block, when short, is the headline; "Headline; deck" on one line gives both. */
const headline: Rule = (s, i, line) => {
  if (i !== 0 || !isHeadline(line, s.ranges.length)) return false
  const r = s.ranges[0]
  const semi = line.indexOf(';')
  if (semi >= 0 && /\S/.test(line.slice(semi + 1))) return push(s, 'headline', r.start, r.start + semi + 1) && push(s, 'deck', r.start + semi + 1, r.end)
  return push(s, 'headline', r.start, r.end)
}

/** A headline ending in ";" has its deck on the next line; an NYT "ABSTRACT." marker has the abstract after it. */
const deck: Rule = (s, i, line) => {
  const afterSemicolon = i === 1 && s.blocks.length === 1 && s.blocks[0].text.endsWith(';') && line.length <= 300
  if (!afterSemicolon && !s.abstractNext) return false
  s.abstractNext = false
  return push(s, 'deck', s.ranges[i].start, s.ranges[i].end)
}

/** Blocks known by their own text (section, note, credit, promo, boilerplate, photo caption); after an NYT
 * "CORRECTION:" heading, everything is the correction note. */
const known: Rule = (s, i, line) => {
  if (isAbstractMarker(line)) s.abstractNext = true
  const k = classifyBlock(line)
  if (k?.kind === 'note' && /^CORRECTIONS?:$/i.test(line)) s.inCorrection = true
  const r = s.ranges[i]
  if (s.inCorrection) return push(s, 'note', r.start, r.end)
  if (!k) return false
  push(s, k.kind, r.start, r.start + k.length)
  if (k.length < line.length) push(s, 'boilerplate', r.start + k.length, r.end)
  return true
}

/** Near the top, before the body: a byline, or a caption printed twice back to back. */
const frontMatter: Rule = (s, i, line) => {
  if (s.inBody || i >= FRONT_MATTER_BLOCKS) return false
  const r = s.ranges[i]
  const by = s.byline ? null : matchByline(line)
  if (by) {
    s.byline = { ...makeSpan(s.text, r.start, r.end), authors: by.authors }
    return push(s, 'byline', r.start, r.end)
  }
  const next = s.ranges[i + 1]
  const prev = s.blocks[s.blocks.length - 1]
  const doubled = (next && s.text.slice(next.start, next.end) === line) || (prev?.kind === 'caption' && prev.text === line)
  return doubled && push(s, 'caption', r.start, r.end)
}

/** The first paragraph may open with a dateline ("NASHUA, N.H. -"), which becomes a block of its own. */
const dateline: Rule = (s, i, line) => {
  if (s.inBody || s.dateline) return false
  const d = matchDateline(line)
  if (!d) return false
  const r = s.ranges[i]
  s.dateline = { ...makeSpan(s.text, r.start, r.start + d.length), place: d.place, source: d.source, date: d.date }
  push(s, 'dateline', r.start, r.start + d.length)
  if (d.length < line.length) s.inBody = push(s, 'paragraph', r.start + d.length, r.end)
  return true
}

const paragraph: Rule = (s, i) => {
  s.inBody = true
  return push(s, 'paragraph', s.ranges[i].start, s.ranges[i].end)
}

const RULES: Rule[] = [headline, deck, known, frontMatter, dateline, paragraph]

/** Short paragraphs without a sentence end at the very end ("Upcoming Events") are page furniture. */
function markTrailingFurniture(blocks: Block[]) {
  for (let i = blocks.length - 1; i > 0; i--) {
    const b = blocks[i]
    if (b.kind !== 'paragraph') continue
    if (!isFurniture(b.text)) return
    blocks[i] = { ...b, kind: 'boilerplate' }
  }
}

function assemble(s: State): Article {
  const { text, blocks } = s
  const first = (kind: BlockKind): Span | null => {
    const b = blocks.find((x) => x.kind === kind)
    return b ? makeSpan(text, b.start, b.end) : null
  }
  const headline = first('headline')
  const sectionBlock = blocks.find((b) => b.kind === 'section')
  const section: SectionLine | null = sectionBlock
    ? { ...makeSpan(text, sectionBlock.start, sectionBlock.end), ...matchSectionLine(sectionBlock.text)! }
    : null
  const seen = new Set<string>()
  const captions = blocks.filter((b) => b.kind === 'caption' && !seen.has(b.text) && seen.add(b.text)).map((b) => makeSpan(text, b.start, b.end))
  const names = new Set<string>()
  const contributors = blocks.filter((b) => b.kind === 'credit').flatMap((b) => parseContributors(b.text)).filter((c) => !names.has(c.name) && names.add(c.name))
  return {
    text,
    headline: headline && stripSeparator(text, headline),
    deck: first('deck'),
    byline: s.byline,
    dateline: s.dateline,
    date: section?.date ?? s.dateline?.date ?? null,
    section,
    contributors,
    captions,
    blocks,
  }
}

/** A headline followed by "; deck" keeps the semicolon in its block but not in the headline span. */
function stripSeparator(text: string, h: Span): Span {
  return h.text.endsWith(';') ? makeSpan(text, h.start, trimRange(text, h.start, h.end - 1).end) : h
}
