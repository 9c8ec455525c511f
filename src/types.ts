/**
 * The public data model of article-inspect. Every piece of text the tool reports is a {@link Span}: a half-open
 * range of UTF-16 offsets into the input exactly as read (UTF-8 decoded, a leading BOM dropped, nothing else
 * changed), so that `input.slice(span.start, span.end) === span.text` always holds.
 */

/** A half-open range [start, end) of UTF-16 offsets into the input; `input.slice(start, end) === text`. */
export interface Span {
  text: string
  start: number
  end: number
}

/** What a block of the article is. Body paragraphs are the blocks of kind `paragraph`. */
export type BlockKind =
  | 'headline'
  | 'deck'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'paragraph'
  | 'promo'
  | 'credit'
  | 'section'
  | 'note'
  | 'boilerplate'

/** A run of non-blank text (usually one paragraph or line) with its role in the article. */
export interface Block extends Span {
  kind: BlockKind
}

/** The author line ("By Jane Doe and John Roe"), with the author names it lists. */
export interface Byline extends Span {
  authors: string[]
}

/** The dateline opening the first paragraph ("NASHUA, N.H. -", "LONDON (Reuters) -", "(CNN)"). */
export interface Dateline extends Span {
  /** The place without the dash ("NASHUA, N.H."), or null when the dateline names only a source ("(CNN)"). */
  place: string | null
  /** The wire service or outlet in parentheses ("Reuters", "CNN"), or null. */
  source: string | null
  /** The date the dateline states, as ISO `YYYY-MM-DD`, or null. */
  date: string | null
}

/** A print-section line ("A Section on 01/17/2018"); `date` is ISO `YYYY-MM-DD` or null. */
export interface SectionLine extends Span {
  name: string
  date: string | null
}

/** A person credited for contributing to the article, with the organization they work for when stated. */
export interface Contributor {
  name: string
  organization: string | null
}

/** The parsed structure of one article. `blocks` covers every non-blank character of `text`, in order. */
export interface Article {
  /** The input as read (BOM dropped); every offset in this model points into it. */
  text: string
  headline: Span | null
  deck: Span | null
  byline: Byline | null
  dateline: Dateline | null
  /** The publication date as ISO `YYYY-MM-DD`, when the text states one (section line, dateline, update note). */
  date: string | null
  section: SectionLine | null
  contributors: Contributor[]
  /** Photo captions; a caption printed twice back to back is reported once. */
  captions: Span[]
  blocks: Block[]
}

/** One sentence; `block` is the index into `Article.blocks` of the block holding it. */
export interface Sentence extends Span {
  block: number
}

/** Entity types: the CoNLL-2003 scheme with long names (statistical tagger), plus rule-based DATE, MONEY, PERCENT. */
export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC' | 'DATE' | 'MONEY' | 'PERCENT'

/** One typed mention of a named entity. */
export interface Mention extends Span {
  type: EntityType
}

/** A named entity: its mentions across the whole input grouped under one canonical name. */
export interface Entity {
  /** Canonical name: the fullest form used in the text ("Rex Tillerson" for "Tillerson"). */
  name: string
  type: EntityType
  /** Number of mentions. */
  count: number
  /** The other surface forms of the name, without the canonical one. */
  aliases: string[]
  mentions: Span[]
}

/** Who a quote is attributed to. */
export interface Speaker {
  /** Resolved canonical name ("Rex Tillerson"), even when the text says "he" or "Tillerson". */
  name: string
  type: EntityType
  /** A title or role given with the name ("Secretary of State"), or null. */
  title: string | null
  /** The words the attribution points at ("Tillerson" in "Tillerson said", "he" in "he said"). */
  mention: Span | null
  /** Other forms of the name used in the article ("Tillerson", "Mr. Tillerson"); `--speaker` matches them too. */
  aliases?: string[]
  /**
   * True for an unnamed source kept as written, without its article ("officials", "a campaign spokesman"):
   * its `name` is that description, not a resolved name.
   */
  generic?: boolean
}

/** How a quote is given: a full quotation, a quoted fragment within a sentence, or reported speech. */
export type QuoteKind = 'direct' | 'partial' | 'indirect'

/** A quotation; the span covers the quoted words without the quotation marks. */
export interface Quote extends Span {
  kind: QuoteKind
  speaker: Speaker | null
  /** The attribution cue ("said", "according to", ":"), or null. */
  cue: Span | null
}

/** Everything the analyzers found in one article. */
export interface Analysis {
  article: Article
  sentences: Sentence[]
  entities: Entity[]
  quotes: Quote[]
  /** Key sentences, in article order. */
  summary: Sentence[]
}
