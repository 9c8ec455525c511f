/**
 * Scores the summarizer on the summaries dev set with ROUGE, beside Lead-3, without the CLI:
 * parse → articleSentences → summarize, then ROUGE-1/2/Lsum F1 exactly as ../shared/eval/score-summary.mjs.
 * usage: npx tsx scripts/eval-summary.ts [data.jsonl] [--sentences K] [--every N] [--source S] [--json]
 *          [--analyze] [--zero signal,...] [--set [layout.|flat.]signal=value,...]
 *   --every N    keeps every N-th record (a quick subset); --source keeps one source;
 *   --analyze    runs the full `analyze` (entity model, quotes) so entity density has input;
 *   --zero       sets weights to 0 in both shapes (ablation: centrality, position, headline, quoted, entities,
 *                length, redundancy);
 *   --set        overrides weights, e.g. --set flat.position=0.5,length=0.
 */
import fs from 'node:fs'
import { parse } from '../src/parse/parse.js'
import { analyze } from '../src/analyze.js'
import { loadShippedModel } from '../src/cli/loadModel.js'
import { articleSentences } from '../src/nlp/sentences/articleSentences.js'
import { summarize } from '../src/nlp/summary/summarize.js'
import { SUMMARY_WEIGHTS, type ShapeWeights } from '../src/nlp/summary/summaryWeights.js'
import type { SummaryWeights } from '../src/nlp/summary/scoreSentences.js'
import { leadK } from './summary/leadK.js'
import { scoreSummary } from './summary/rouge.js'

interface Rec { id: string; source: string; text: string; summary: string }

const args = process.argv.slice(2)
const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined }
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/data/summaries/dev.jsonl'
const k = Number(opt('--sentences') ?? 3)
const every = Number(opt('--every') ?? 1)
const source = opt('--source')
const weights = overrideWeights(opt('--zero'), opt('--set'))
const model = args.includes('--analyze') ? loadShippedModel() : null

const recs: Rec[] = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  .filter((r: Rec, i: number) => i % every === 0 && (!source || r.source === source))

const agg = new Map<string, { n: number; lead: number[]; sys: number[]; ms: number }>()
for (const r of recs) {
  const a = agg.get(r.source) ?? { n: 0, lead: [0, 0, 0], sys: [0, 0, 0], ms: 0 }
  agg.set(r.source, a)
  const ref = r.summary.split('\n')
  const t0 = performance.now()
  const article = parse(r.text)
  const found = model ? analyze(article, { model }) : { sentences: articleSentences(article), entities: [], quotes: [] }
  const summary = summarize(article, found.sentences, { limit: k, entities: found.entities, quotes: found.quotes, weights })
  a.ms += performance.now() - t0
  a.n++
  scoreSummary(leadK(r, k), ref).forEach((v, j) => (a.lead[j] += v))
  scoreSummary(summary.map((s) => s.text), ref).forEach((v, j) => (a.sys[j] += v))
}

const out: Record<string, unknown> = { sentences: k, metrics: ['R1', 'R2', 'RLsum'] }
const rows: { src: string; n: number; lead3: number[]; system: number[]; ms: number }[] = []
for (const [src, a] of agg) {
  const avg = (v: number[]) => v.map((x) => +((100 * x) / a.n).toFixed(2))
  rows.push({ src, n: a.n, lead3: avg(a.lead), system: avg(a.sys), ms: +(a.ms / a.n).toFixed(2) })
  out[src] = { n: a.n, lead3: avg(a.lead), system: avg(a.sys) }
}
if (args.includes('--json')) console.log(JSON.stringify(out))
else {
  console.log(`ROUGE F1 x100, ${k} sentences: R1 / R2 / RLsum (difference to Lead-3)`)
  for (const o of rows) {
    const d = o.system.map((x, j) => (x >= o.lead3[j] ? '+' : '') + (x - o.lead3[j]).toFixed(2))
    console.log(`${o.src.padEnd(18)} n=${String(o.n).padEnd(4)} lead-3 ${o.lead3.join(' / ')}   summarize ${o.system.join(' / ')}   (${d.join(' / ')})   ${o.ms} ms/article`)
  }
}

function overrideWeights(zero: string | undefined, set: string | undefined): ShapeWeights {
  const w: ShapeWeights = { layout: { ...SUMMARY_WEIGHTS.layout }, flat: { ...SUMMARY_WEIGHTS.flat } }
  const assign = (key: string, value: number) => {
    const [shape, name] = key.includes('.') ? key.split('.') : [null, key]
    if (!(name in w.layout) || (shape && shape !== 'layout' && shape !== 'flat')) throw new Error(`unknown weight: ${key}`)
    for (const s of shape ? [shape as keyof ShapeWeights] : (['layout', 'flat'] as const)) w[s][name as keyof SummaryWeights] = value
  }
  for (const key of zero?.split(',') ?? []) assign(key, 0)
  for (const kv of set?.split(',') ?? []) assign(kv.split('=')[0], Number(kv.split('=')[1]))
  return w
}
