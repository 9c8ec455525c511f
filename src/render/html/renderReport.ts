import { createRequire } from 'node:module'
import { escapeHtml } from './escapeHtml.js'
import { renderArticle, shownQuotes, type ReportInput } from './renderArticle.js'
import { renderIndex } from './renderIndex.js'
import { REPORT_CSS } from './reportCss.js'
import { REPORT_SCRIPT } from './reportScript.js'

/** Options of the HTML report. */
export interface ReportOptions {
  /** Page title; defaults to the headline of a single article, else "article-inspect report". */
  title?: string
  /** Also highlight reported speech (quotes of kind "indirect"). */
  indirect?: boolean
  /** Named in the page footer and the generator meta tag ("article-inspect 0.1.0"). */
  generator?: string
}

/** A CSP source allowing exactly this inline script or stylesheet (`'sha256-…'`). */
export function cspHash(content: string): string {
  // node:crypto is required here, not imported, so that commands other than `report` never load it.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`
}

/** The Content-Security-Policy of the report: nothing external, only its own inline stylesheet and script. */
export function reportPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(REPORT_CSS)}`,
    `script-src ${cspHash(REPORT_SCRIPT)}`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * The self-contained HTML report (inline CSS and JS, no external loads, allowed by a CSP meta tag): one
 * article with its sidebar, or for several, an index table and a corpus chart of the most-quoted speakers
 * followed by every article. Everything from the articles is escaped. Deterministic.
 */
export function renderReport(inputs: ReportInput[], options: ReportOptions = {}): string {
  const single = inputs.length === 1
  const headline = single ? inputs[0].analysis.article.headline?.text : undefined
  const title = options.title ?? headline ?? 'article-inspect report'
  const articles = inputs.map((input, i) => renderArticle(input, `a${i + 1}`, single ? 1 : 2, options.indirect))
  const quoteCount = inputs.reduce((n, input) => n + shownQuotes(input.analysis, options.indirect).length, 0)
  const head = single
    ? ''
    : `<header class="report-head"><h1>${escapeHtml(title)}</h1><p class="sans">${inputs.length} articles · ${quoteCount} quotes</p></header>\n${renderIndex(inputs, options.indirect)}\n`
  const generator = escapeHtml(options.generator ?? 'article-inspect')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${generator}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the ${single ? 'article' : 'articles'}</a>
<main id="main" class="page${single ? '' : ' many'}">
${head}${articles.join('\n')}
</main>
<footer class="page sans muted"><p>Made by ${generator}. Quotes, speakers and entities are found automatically and may be wrong.</p></footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`
}
