import type { Analysis, Article, Entity, Quote, Span } from '../types.js'
import { articleStats } from '../nlp/stats/articleStats.js'

/** The JSON views the CLI prints, one record per input. */
export type RecordView = 'sections' | 'quotes' | 'entities' | 'summary' | 'analyze'

/** How many entities the summary lists. */
export const SUMMARY_ENTITIES = 10

// Records are built field by field, without spreads: the same keys in the same order, fewer temporary objects.
const span = (s: Span) => ({ text: s.text, start: s.start, end: s.end })
const maybe = (s: Span | null) => (s ? span(s) : null)
const datelineRecord = (d: Article['dateline']) => d && { text: d.text, start: d.start, end: d.end, place: d.place, source: d.source, date: d.date }
const sectionRecord = (x: Article['section']) => x && { text: x.text, start: x.start, end: x.end, name: x.name, date: x.date }

/** The `sections` fields of an article: its metadata and blocks, as the JSON contract gives them. */
export function sectionsFields(a: Article) {
  return {
    headline: maybe(a.headline),
    deck: maybe(a.deck),
    byline: a.byline && { text: a.byline.text, start: a.byline.start, end: a.byline.end, authors: a.byline.authors },
    dateline: datelineRecord(a.dateline),
    date: a.date,
    section: sectionRecord(a.section),
    contributors: a.contributors.map((c) => ({ name: c.name, organization: c.organization })),
    captions: a.captions.map(span),
    blocks: a.blocks.map((b) => ({ kind: b.kind, text: b.text, start: b.start, end: b.end })),
  }
}

/** A quote as the JSON contract gives it. */
export function quoteRecord(q: Quote) {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker && { ...q.speaker, mention: maybe(q.speaker.mention) },
    cue: maybe(q.cue),
  }
}

/** An entity as the JSON contract gives it. */
export function entityRecord(e: Entity) {
  return { name: e.name, type: e.type, count: e.count, aliases: e.aliases, mentions: e.mentions.map(span) }
}

/** Each speaker of quoted material (direct and partial quotes) with their number of quotes, most first. */
export function speakerCounts(quotes: Quote[]): { name: string; quotes: number }[] {
  const counts = new Map<string, number>()
  for (const q of quotes) if (q.kind !== 'indirect' && q.speaker) counts.set(q.speaker.name, (counts.get(q.speaker.name) ?? 0) + 1)
  return [...counts].map(([name, n]) => ({ name, quotes: n })).sort((a, b) => b.quotes - a.quotes)
}

/** The `summary` fields: the article at a glance. */
export function summaryFields(x: Analysis) {
  const a = x.article
  const quoted = x.quotes.filter((q) => q.kind !== 'indirect')
  return {
    headline: maybe(a.headline),
    date: a.date,
    section: sectionRecord(a.section),
    dateline: datelineRecord(a.dateline),
    ...articleStats(a),
    quoteCount: quoted.length,
    indirectCount: x.quotes.length - quoted.length,
    speakers: speakerCounts(x.quotes),
    entities: x.entities.slice(0, SUMMARY_ENTITIES).map((e) => ({ name: e.name, type: e.type, count: e.count })),
    sentences: x.summary.map(span),
  }
}

/** The `analyze` fields: the union of the other views; `entities` is the full entity list. */
export function analyzeFields(x: Analysis) {
  return { ...sectionsFields(x.article), ...summaryFields(x), quotes: x.quotes.map(quoteRecord), entities: x.entities.map(entityRecord) }
}

/** The `sections --json` record of an article; it needs no analysis. */
export function sectionsRecord(file: string, article: Article): Record<string, unknown> {
  return { file, ...sectionsFields(article) }
}

/**
 * The JSON record of one input for a view, following the published contract: `file` first, then the
 * view's fields. `analyze` is the union of the other views (its `entities` are the full entity list).
 */
export function toRecord(view: RecordView, file: string, x: Analysis): Record<string, unknown> {
  switch (view) {
    case 'sections':
      return sectionsRecord(file, x.article)
    case 'quotes':
      return { file, quotes: x.quotes.map(quoteRecord) }
    case 'entities':
      return { file, entities: x.entities.map(entityRecord) }
    case 'summary':
      return { file, ...summaryFields(x) }
    case 'analyze':
      return { file, ...analyzeFields(x) }
  }
}
