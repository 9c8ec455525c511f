import { articleStats } from '../../nlp/stats/articleStats.js'
import { listSpeakers } from '../listSpeakers.js'
import { escapeHtml } from './escapeHtml.js'
import { shownQuotes, type ReportInput } from './renderArticle.js'

/** Speakers in the corpus chart. */
export const CHART_SPEAKERS = 10

/** The index of a multi-article report: a table of the articles (linking to each) and the corpus chart. */
export function renderIndex(inputs: ReportInput[], indirect = false): string {
  const rows = inputs.map((input, i) => {
    const a = input.analysis.article
    const quotes = shownQuotes(input.analysis, indirect)
    const speakers = listSpeakers(quotes).sort((p, q) => q.quotes - p.quotes)
    const names = speakers.slice(0, 3).map((s) => `${escapeHtml(s.name)} (${s.quotes})`).join(', ') + (speakers.length > 3 ? ', …' : '')
    const headline = a.headline ? escapeHtml(a.headline.text) : '(no headline)'
    return `<tr><td class="num">${i + 1}</td><td><a href="#a${i + 1}">${headline}</a><br><span class="muted path">${escapeHtml(input.file)}</span></td>` +
      `<td>${a.date ? `<time datetime="${escapeHtml(a.date)}">${escapeHtml(a.date)}</time>` : '—'}</td>` +
      `<td class="num">${articleStats(a).wordCount.toLocaleString('en-US')}</td><td class="num">${quotes.length}</td>` +
      `<td><span class="num">${speakers.length}</span>${names ? `<br><span class="muted">${names}</span>` : ''}</td></tr>`
  })
  return `<section aria-labelledby="index-title">
<h2 id="index-title">Articles</h2>
<table>
<caption class="sans">${inputs.length} articles; select a headline to jump to it.</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">Headline and file</th><th scope="col">Date</th><th scope="col" class="num">Words</th><th scope="col" class="num">Quotes</th><th scope="col">Speakers (most quoted)</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>
${renderCorpusChart(inputs, indirect)}`
}

/** A bar chart of the most-quoted speakers across all articles (by name), with counts written out. */
export function renderCorpusChart(inputs: ReportInput[], indirect = false): string {
  const totals = new Map<string, { quotes: number; articles: number }>()
  for (const input of inputs) {
    for (const s of listSpeakers(shownQuotes(input.analysis, indirect))) {
      const t = totals.get(s.name) ?? { quotes: 0, articles: 0 }
      totals.set(s.name, { quotes: t.quotes + s.quotes, articles: t.articles + 1 })
    }
  }
  const top = [...totals].sort((a, b) => b[1].quotes - a[1].quotes || a[0].localeCompare(b[0])).slice(0, CHART_SPEAKERS)
  const max = top[0]?.[1].quotes ?? 0
  const items = top.map(([name, t]) => {
    const w = Math.max(1, Math.round((100 * t.quotes) / max))
    const what = `${t.quotes} ${t.quotes === 1 ? 'quote' : 'quotes'} in ${t.articles} ${t.articles === 1 ? 'article' : 'articles'}`
    return `<li><span>${escapeHtml(name)}</span><span class="bar" aria-hidden="true"><span class="fill w${w}"></span></span><span class="count">${what}</span></li>`
  })
  const body = items.length ? `<ol class="chart">\n${items.join('\n')}\n</ol>` : '<p>No attributed quotes.</p>'
  return `<section aria-labelledby="chart-title">
<h2 id="chart-title">Most-quoted speakers</h2>
<figure>
<figcaption class="sans muted">Top ${top.length} speakers across all articles, by number of quotes.</figcaption>
${body}
</figure>
</section>`
}
