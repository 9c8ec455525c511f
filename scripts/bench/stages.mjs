// In-process share of each analysis stage (CPU ms), over the files given on the command line: the first pass
// (JIT-cold, as in a short run) and the best of later passes (warm). Imports the built library from dist/.
import { readFileSync } from 'node:fs'

const dist = new URL('../../dist/', import.meta.url)
const load = async (p) => import(new URL(p, dist).href)
const { parse } = await load('parse/parse.js')
const { articleSentences } = await load('nlp/sentences/articleSentences.js')
const { findEntities } = await load('nlp/entities/findEntities.js')
const { findQuotes } = await load('nlp/quotes/findQuotes.js')
const { summarize } = await load('nlp/summary/summarize.js')
const { loadNerModel } = await load('nlp/entities/loadNerModel.js')
const { analyzeFields } = await load('render/toRecord.js')
const { renderJson } = await load('render/renderJson.js')

const texts = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'))
const bytes = readFileSync(new URL('../../models/ner.bin', import.meta.url))
const STAGES = ['parse', 'sentences', 'entities', 'quotes', 'summary', 'json']
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }

/** One pass over every text with a freshly loaded model (so the word memo starts empty, as in a new process). */
function pass() {
  const model = loadNerModel(bytes)
  const t = Object.fromEntries(STAGES.map((s) => [s, 0]))
  let now = cpu()
  const lap = (s) => { const n = cpu(); t[s] += n - now; now = n }
  for (const text of texts) {
    const article = parse(text); lap('parse')
    const sentences = articleSentences(article); lap('sentences')
    const entities = findEntities(article.text, sentences, model); lap('entities')
    const quotes = findQuotes(article, sentences, entities); lap('quotes')
    const summary = summarize(article, sentences, { limit: 3, entities, quotes }); lap('summary')
    renderJson({ file: 'x', ...analyzeFields({ article, sentences, entities, quotes, summary }) }); lap('json')
  }
  return t
}

const cold = pass()
const warm = Object.fromEntries(STAGES.map((s) => [s, Infinity]))
for (let r = 0; r < Number(process.env.BENCH_STAGE_REPS ?? 4); r++) {
  const t = pass()
  for (const s of STAGES) warm[s] = Math.min(warm[s], t[s])
}
process.stdout.write(JSON.stringify({ cold, warm }) + '\n')
