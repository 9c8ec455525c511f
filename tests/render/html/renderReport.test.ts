import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { renderReport } from '../../../src/render/html/renderReport.js'
import { fakeAnalysis, seedAnalysis } from '../fakeAnalysis.js'

const seed = { file: 'fixtures/seed-adg-north-korea.txt', analysis: seedAnalysis() }
const html = renderReport([seed], { generator: 'article-inspect 0.0.0' })
const all = (re: RegExp, s = html) => [...s.matchAll(new RegExp(re.source, 'g'))].map((m) => m[1])
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`

describe('renderReport: one article', () => {
  it('is one self-contained HTML document whose policy forbids every external load', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    const csp = all(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[0]
    expect(csp).toMatch(/^default-src 'none'; /)
    const [css] = all(/<style>([\s\S]*?)<\/style>/)
    const [js] = all(/<script>([\s\S]*?)<\/script>/)
    expect(csp).toContain(`style-src ${sha(css)}`)
    expect(csp).toContain(`script-src ${sha(js)}`)
    expect(html).not.toMatch(/\s(src|href)="(?!#)|url\(|@import|<link|<img|<iframe/)
  })

  it('highlights each quote in its speaker class, focusable, with a tooltip tied by aria-describedby', () => {
    const marks = all(/<mark ([^>]*)>/g)
    expect(marks).toHaveLength(8)
    const tillerson = marks.filter((m) => m.includes('data-s="0"'))
    expect(tillerson).toHaveLength(2)
    for (const m of tillerson) expect(m).toMatch(/^class="q sp-0" data-s="0" tabindex="0" aria-describedby="a1-q\d+-\d+"$/)
    for (const id of all(/aria-describedby="([^"]+)"/g)) expect(html).toContain(`<span class="tip" role="tooltip" id="${id}"><b>`)
    expect(html).toContain('<b>Rex Tillerson</b>Secretary of State<br>named as “he”<br>cue “said” · direct quote</span></mark>')
    expect(html).toContain('<b>Unattributed</b>partial quote</span>')
  })

  it('gives every element a unique id', () => {
    const ids = all(/\sid="([^"]+)"/g)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('lists the speakers with badge, count and share of quoted words', () => {
    expect(html).toMatch(/<li class="sp-0">\n<button type="button" class="speaker-filter" data-s="0" aria-pressed="false"><span class="badge" aria-hidden="true">RT<\/span><span class="who">Rex Tillerson<span class="title">Secretary of State<\/span><\/span><span class="count">2 quotes<\/span><\/button>\n<div class="bar" aria-hidden="true"><span class="fill w51"><\/span><\/div>\n<p class="share">51% of quoted words<\/p>/)
    expect(html).toContain('<span class="who">Unattributed</span><span class="count">1 quote</span>')
  })

  it('groups entities by type and gives the metadata', () => {
    expect(all(/<h3 class="group-h">([^<]+)<\/h3>/g)).toEqual(['People (1)', 'Organizations (1)', 'Places (1)', 'Other names (1)'])
    expect(all(/<h2 class="side-h" id="[^"]+">([^<]+)<\/h2>/g)).toEqual(['Speakers', 'Entities', 'Article metadata'])
    expect(html).toContain('<li>Rex Tillerson <span class="count">×')
    expect(html).toContain('<dt>Section</dt><dd>A (“A Section on 01/17/2018”)</dd>')
    expect(html).toContain('<dt>Contributors</dt><dd>')
    expect(html).toContain('<h1 id="a1-title">U.S. urges allies to help pressure N. Korea</h1>')
    expect(html.match(/Deanna Lewis/g)).toHaveLength(1)
  })

  it('is deterministic', () => expect(renderReport([seed], { generator: 'article-inspect 0.0.0' })).toBe(html))
})

describe('renderReport escapes everything from the article', () => {
  const text = 'Hacked <script>alert(1)</script> headline\n\n"<img src=x onerror=alert(2)>," said O\'Brien & co. <b>bold</b>'
  const x = fakeAnalysis(text, [{ text: '<img src=x onerror=alert(2)>,', speaker: '<svg onload=alert(3)>', title: '"><script>alert(4)</script>', cue: ['said'] }], [
    { name: '<i>Evil</i> Corp', type: 'ORGANIZATION', forms: ['O\'Brien'] },
  ])
  const page = renderReport([{ file: '"><script>alert(5)</script>.txt', analysis: x }])

  it('has no markup but its own', () => {
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page).not.toMatch(/<img|<svg|<b>bold|<i>Evil|onerror=alert\(2\)>/)
    expect(page).toContain('Hacked &lt;script&gt;alert(1)&lt;/script&gt; headline')
    expect(page).toContain('&lt;svg onload=alert(3)&gt;')
    expect(page).toContain('&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;.txt')
    expect(page).toContain('O&#39;Brien</span> &amp; co. &lt;b&gt;bold&lt;/b&gt;')
  })
})

describe('renderReport: several articles', () => {
  const other = fakeAnalysis('Second story\n\n"Fine," Tillerson said. "No," Ann Lee said.', [
    { text: 'Fine,', speaker: 'Rex Tillerson', mention: ['Tillerson'], cue: ['said'] },
    { text: 'No,', speaker: 'Ann Lee', mention: ['Ann Lee'], cue: ['said', 1] },
  ])
  const page = renderReport([seed, { file: 'b.txt', analysis: other }])

  it('has an index table linking to each article', () => {
    expect(page).toContain('<h1>article-inspect report</h1>')
    const rows = all(/<tr><td class="num">(\d+)<\/td><td><a href="#(a\d+)">/g, page)
    expect(rows).toEqual(['1', '2'])
    expect(page).toContain('<article class="article" id="a2" aria-labelledby="a2-title">')
    expect(page).toContain('<h2 id="a2-title">Second story</h2>')
  })

  it('charts the most-quoted speakers across the corpus', () => {
    const chart = page.slice(page.indexOf('id="chart-title"'), page.indexOf('<article'))
    expect(all(/<li><span>([^<]+)<\/span>/g, chart).slice(0, 2)).toEqual(['Rex Tillerson', 'Ann Lee'])
    expect(chart).toContain('3 quotes in 2 articles')
    expect(chart).toContain('<span class="fill w100">')
  })

  it('nests headings without skipping a level', () => {
    const levels = all(/<h(\d)[ >]/g, page).map(Number)
    expect(levels[0]).toBe(1)
    levels.forEach((l, i) => i && expect(l).toBeLessThanOrEqual(levels[i - 1] + 1))
    expect(page).toContain('<h3 class="side-h" id="a2-speakers">Speakers</h3>')
  })

  it('keeps ids unique across articles', () => {
    const ids = all(/\sid="([^"]+)"/g, page)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
