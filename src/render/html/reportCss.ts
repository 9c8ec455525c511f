import { ENTITY_COLOURS, PAGE as P, SPEAKER_COLOURS } from './palette.js'

const speakerRules = SPEAKER_COLOURS.map(
  (c, i) => `.sp-${i}{--tint:${c.tint};--ink:${c.ink};--line:${c.line}}`,
).join('\n')

const entityRules = Object.entries(ENTITY_COLOURS)
  .map(([type, colour]) => `.marks-on .ent-${type}{border-bottom:2px solid ${colour}}`)
  .join('\n')

const widthRules = Array.from({ length: 101 }, (_, i) => `.w${i}{width:${i}%}`).join('')

/**
 * The report's whole stylesheet: layout, speaker colours (tint, ink and underline style per palette slot),
 * tooltips shown on hover and keyboard focus, entity marks, bars, and a print stylesheet. Static, so the
 * Content-Security-Policy can allow it by hash.
 */
export const REPORT_CSS = `
:root{color-scheme:light;--text:${P.text};--bg:${P.background};--panel:${P.panel};--muted:${P.muted};--rule:${P.rule};--link:${P.link};--focus:${P.focus}}
*,*::before,*::after{box-sizing:border-box}
html{font:17px/1.6 Georgia,"Times New Roman",serif;color:var(--text);background:var(--bg)}
body{margin:0}
.sans,h1,h2,h3,h4,h5,h6,table,aside,.meta,.toolbar,.badge,.tip,.skip{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:var(--bg);padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:10}
.page{max-width:78rem;margin:0 auto;padding:1.5rem}
.report-head{border-bottom:1px solid var(--rule);margin-bottom:1.5rem}
.report-head p{color:var(--muted);margin-top:0}
h1{font-size:1.9rem;line-height:1.25;margin:.2rem 0 .6rem}
h2{font-size:1.4rem;line-height:1.3;margin:1.4rem 0 .6rem}
h2.side-h,h3.side-h{font-size:1.05rem;margin:1.2rem 0 .4rem}
.group-h{font-size:.9rem;margin:.8rem 0 .3rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.article{display:grid;grid-template-columns:minmax(0,44rem) minmax(15rem,1fr);gap:2.5rem;align-items:start;padding-bottom:2rem}
.many .article{border-top:3px double var(--rule);padding-top:1.5rem;content-visibility:auto;contain-intrinsic-size:auto 1800px}
.back{font-size:.85rem;margin:0}
figure{margin:0}
.article-head{grid-column:1 / -1}
.article-head .file{color:var(--muted);font-size:.85rem;margin:0;overflow-wrap:anywhere}
.path{overflow-wrap:anywhere}
.article-head .meta-line{color:var(--muted);margin:0}
.text p{margin:0 0 1rem}
.text .deck{font-size:1.15rem;font-style:italic}
.text .byline,.text .dateline{font-family:system-ui,sans-serif;font-size:.9rem}
.text .furniture{color:var(--muted);font-size:.9rem;border-left:3px solid var(--rule);padding-left:.6rem}
.kind{font:600 .7rem/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;margin-right:.4rem}
.toolbar{display:flex;flex-wrap:wrap;gap:1rem;font-size:.9rem;margin:0 0 1rem;padding:.5rem .7rem;background:var(--panel)}
.q{position:relative;color:var(--text);background:var(--tint);text-decoration:underline;text-decoration-color:var(--ink);text-decoration-style:var(--line);text-decoration-thickness:2px;text-underline-offset:.22em;padding:0 .1em;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
.sp-none{--tint:${P.unattributedTint};--ink:${P.unattributedInk};--line:dotted}
.q.faded{background:none;text-decoration-color:var(--rule)}
.q.faded .badge{background:var(--muted)}
.badge{display:inline-block;min-width:1.7em;margin-right:.25em;padding:0 .3em;border-radius:.8em;background:var(--ink);color:#fff;font-size:.68rem;font-weight:700;line-height:1.5;text-align:center;vertical-align:.12em;text-decoration:none}
.cue{text-decoration:underline 2px solid var(--text);text-underline-offset:.2em;font-weight:600}
.mention{font-weight:700}
.tip{display:none;position:absolute;left:0;bottom:calc(100% + 6px);z-index:5;width:max-content;max-width:22rem;padding:.45rem .6rem;border-radius:4px;background:${P.tipBackground};color:${P.tipText};font-size:.8rem;font-weight:400;line-height:1.4;font-style:normal;text-align:left;white-space:normal;box-shadow:0 2px 6px rgba(0,0,0,.25)}
.tip b{display:block;font-size:.9rem}
.q:hover > .tip,.q:focus > .tip{display:block}
.tips-off .q > .tip{display:none}
.ent::after{display:none;content:attr(data-tag);font:700 .6rem/1 system-ui,sans-serif;vertical-align:super;margin-left:.1em}
.marks-on .ent::after{display:inline}
${entityRules}
aside{font-size:.92rem}
aside section{background:var(--panel);padding:.2rem 1rem 1rem;margin-bottom:1rem;border-radius:4px}
.speakers{list-style:none;margin:0;padding:0}
.speakers li{margin:.5rem 0}
.speaker-filter{display:flex;gap:.5rem;align-items:baseline;width:100%;font:inherit;text-align:left;color:var(--text);background:none;border:1px solid transparent;border-radius:4px;padding:.2rem .3rem;cursor:pointer}
.speaker-filter:hover{border-color:var(--rule)}
.speaker-filter[aria-pressed="true"]{border-color:var(--ink);background:var(--tint)}
.speaker-filter .who{flex:1}
.speaker-filter .title{display:block;color:var(--muted);font-size:.8rem}
.count{color:var(--muted);white-space:nowrap}
.muted{color:var(--muted)}
.bar{height:.6rem;background:${P.barTrack};border-radius:3px;overflow:hidden;margin:.15rem .3rem 0}
.bar .fill{display:block;height:100%;background:var(--ink);-webkit-print-color-adjust:exact;print-color-adjust:exact}
.share{font-size:.78rem;color:var(--muted);margin:0 .3rem}
.ents{margin:0;padding-left:1.1rem}
.ents .aliases{color:var(--muted);font-size:.8rem}
.meta{display:grid;grid-template-columns:auto 1fr;gap:.15rem .8rem;margin:0}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;color:var(--muted);padding:.3rem 0}
th,td{padding:.35rem .6rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--panel)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.chart{list-style:none;padding:0;margin:0;max-width:48rem}
.chart li{display:grid;grid-template-columns:14rem 1fr 8rem;gap:.6rem;align-items:center;margin:.3rem 0;font-family:system-ui,sans-serif;font-size:.9rem}
.chart .bar{margin:0;height:.9rem}
.chart .fill{background:${P.link}}
${speakerRules}
${widthRules}
@media (max-width:60rem){.article{grid-template-columns:1fr}.chart li{grid-template-columns:1fr;gap:.1rem}}
@media print{
html{font-size:11pt}
.page{max-width:none;padding:0}
.skip,.toolbar,.tip{display:none!important}
.article{display:block}
.many .article{break-before:page;border-top:none}
.back{display:none}
aside section{background:none;border:1px solid var(--rule);break-inside:avoid}
.q{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.speaker-filter{border:none;padding:0}
a{color:inherit;text-decoration:none}
table,.chart li{break-inside:avoid}
}
`.trim()
