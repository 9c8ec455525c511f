/**
 * Scores the summarizer on the summaries dev set with ROUGE, beside Lead-3, without the CLI:
 * parse → articleSentences → summarize, then ROUGE-1/2/Lsum F1 exactly as ../shared/eval/score-summary.mjs.
 * usage: npx tsx scripts/eval-summary.ts [data.jsonl] [--sentences K] [--every N] [--source S] [--json]
 *   --every N keeps every N-th record (a quick subset); --source keeps one source.
 */
import fs from 'node:fs'
import { parse } from '../src/parse/parse.js'
import { articleSentences } from '../src/nlp/sentences/articleSentences.js'
import { summarize } from '../src/nlp/summary/summarize.js'
import { leadK } from './summary/leadK.js'
import { scoreSummary } from './summary/rouge.js'

interface Rec { id: string; source: string; text: string; summary: string }

const args = process.argv.slice(2)
const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined }
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/data/summaries/dev.jsonl'
const k = Number(opt('--sentences') ?? 3)
const every = Number(opt('--every') ?? 1)
const source = opt('--source')

const recs: Rec[] = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  .filter((r: Rec, i: number) => i % every === 0 && (!source || r.source === source))

const agg = new Map<string, { n: number; lead: number[]; sys: number[]; ms: number }>()
for (const r of recs) {
  const a = agg.get(r.source) ?? { n: 0, lead: [0, 0, 0], sys: [0, 0, 0], ms: 0 }
  agg.set(r.source, a)
  const ref = r.summary.split('\n')
  const t0 = performance.now()
  const article = parse(r.text)
  const summary = summarize(article, articleSentences(article), { limit: k, entities: [], quotes: [] })
  a.ms += performance.now() - t0
  a.n++
  scoreSummary(leadK(r, k), ref).forEach((v, j) => (a.lead[j] += v))
  scoreSummary(summary.map((s) => s.text), ref).forEach((v, j) => (a.sys[j] += v))
}

const out: Record<string, unknown> = { sentences: k, metrics: ['R1', 'R2', 'RLsum'] }
for (const [src, a] of agg) {
  const avg = (v: number[]) => v.map((x) => +((100 * x) / a.n).toFixed(2))
  out[src] = { n: a.n, lead3: avg(a.lead), system: avg(a.sys), msPerArticle: +(a.ms / a.n).toFixed(2) }
}
if (args.includes('--json')) console.log(JSON.stringify(out))
else {
  console.log(`ROUGE F1 x100, ${k} sentences (R1 / R2 / RLsum)`)
  for (const [src, a] of Object.entries(out)) {
    if (typeof a !== 'object' || Array.isArray(a) || a === null) continue
    const o = a as { n: number; lead3: number[]; system: number[]; msPerArticle: number }
    const d = o.system.map((x, j) => (x - o.lead3[j] >= 0 ? '+' : '') + (x - o.lead3[j]).toFixed(2))
    console.log(`${src.padEnd(18)} n=${String(o.n).padEnd(4)} lead-3 ${o.lead3.join(' / ')}   summarize ${o.system.join(' / ')}   (${d.join(' / ')})   ${o.msPerArticle} ms/article`)
  }
}
