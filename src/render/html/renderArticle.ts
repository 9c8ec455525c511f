import type { Analysis, Quote } from '../../types.js'
import { articleStats } from '../../nlp/stats/articleStats.js'
import { listSpeakers, speakerIndex } from '../listSpeakers.js'
import { collectMarks } from '../markSpans.js'
import { escapeHtml } from './escapeHtml.js'
import { renderBlocks, renderInline, type TextContext } from './renderArticleText.js'
import { renderSidebar } from './renderSidebar.js'

/** One input of the report: the path as given, and its analysis. */
export interface ReportInput {
  file: string
  analysis: Analysis
}

/** The quotes a report shows: quoted material, plus reported speech when asked. */
export function shownQuotes(x: Analysis, indirect = false): Quote[] {
  return x.quotes.filter((q) => indirect || q.kind !== 'indirect')
}

/**
 * One article as an <article>: headline (at heading level `level`), a meta line, the text with quotes
 * highlighted per speaker and a toolbar to mark entities, and the sidebar. `id` prefixes every element id.
 */
export function renderArticle(input: ReportInput, id: string, level: 1 | 2, indirect = false): string {
  const x = input.analysis
  const a = x.article
  const quotes = shownQuotes(x, indirect)
  const speakers = listSpeakers(quotes)
  const ctx: TextContext = { id, text: a.text, quotes, speakers: speakerIndex(speakers), marks: collectMarks(a.text, quotes, x.entities) }
  const headline = a.headline ? renderInline(ctx, a.headline.start, a.headline.end) : '<span class="untitled">(no headline)</span>'
  const stats = articleStats(a)
  const meta = [
    a.date && `<time datetime="${escapeHtml(a.date)}">${escapeHtml(a.date)}</time>`,
    a.section && `Section ${escapeHtml(a.section.name)}`,
    a.dateline?.place && escapeHtml(a.dateline.place),
    `${stats.wordCount.toLocaleString('en-US')} words`,
    `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} from ${speakers.length} ${speakers.length === 1 ? 'speaker' : 'speakers'}`,
  ].filter(Boolean)
  const h = `h${level}`
  return `<article class="article" id="${id}" aria-labelledby="${id}-title">
<header class="article-head">
<p class="file sans">${escapeHtml(input.file)}</p>
<${h} id="${id}-title">${headline}</${h}>
<p class="meta-line sans">${meta.join(' · ')}</p>${level === 2 ? '\n<p class="back sans"><a href="#index-title">Back to the index</a></p>' : ''}
</header>
<div class="text">
<div class="toolbar" role="group" aria-label="View options"><label><input type="checkbox" class="toggle-ents"> Mark entity mentions by type</label><span>Tab through quotes; hover or focus one for its speaker; Esc hides it.</span></div>
${renderBlocks(ctx, dropRepeatedCaptions(x))}
</div>
${renderSidebar(id, x, quotes, speakers, level + 1)}
</article>`
}

/** The blocks to show: a caption printed twice back to back appears once. */
function dropRepeatedCaptions(x: Analysis) {
  const kept = new Set(x.article.captions.map((c) => c.start))
  return x.article.blocks.filter((b) => b.kind !== 'caption' || kept.has(b.start))
}
