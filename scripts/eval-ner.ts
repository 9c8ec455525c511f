// Evaluates the shipped NER model on CoNLL-2003 dev like ../shared/eval/score-ner.mjs: per-type P/R/F1, load time
// and tagging throughput. usage: npm run eval:ner [-- --model FILE --data DIR --limit N --pred OUT.ndjson]
import { readFileSync, writeFileSync } from 'node:fs'
import { findEntities } from '../src/nlp/entities/findEntities.js'
import { loadNerModel } from '../src/nlp/entities/loadNerModel.js'
import { evaluate } from './ner/evaluate.js'
import { readConll } from './ner/readConll.js'

const args = process.argv.slice(2)
const opt = (k: string, d: string): string => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d }
const file = opt('--model', 'models/ner.bin')
const docs = readConll(`${opt('--data', '../shared/data/conll2003')}/dev.conll`).slice(0, Number(opt('--limit', 'Infinity')))

const bytes = readFileSync(file)
const t0 = performance.now()
const model = loadNerModel(bytes)
const loadMs = performance.now() - t0
evaluate(docs.slice(0, 20), model) // warm up the JIT
let s = evaluate(docs, model), cpu = Infinity
for (let rep = 0; rep < 7; rep++) { // CPU time, best of 7: the machine is shared, so wall time is noisy
  const fresh = loadNerModel(bytes) // an empty word memo, as in a new process: no credit for words seen in an earlier rep
  const c0 = process.cpuUsage()
  s = evaluate(docs, fresh)
  const c = process.cpuUsage(c0)
  cpu = Math.min(cpu, (c.user + c.system) / 1e6)
}
const pct = (x: number): string => (x * 100).toFixed(2).padStart(6)
console.log(`model ${file}: ${(readFileSync(file).length / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(1)} ms, ${model.info}`)
console.log(`type     P      R      F1`)
for (const [t, v] of Object.entries(s.byType)) console.log(`${t.padEnd(5)} ${pct(v.p)} ${pct(v.r)} ${pct(v.f1)}`)
console.log(`ALL   ${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}`)
console.log(`throughput: ${(s.bytes / 1e6 / cpu).toFixed(2)} MB/s of CPU time (${docs.length} docs, ${(s.bytes / 1e6).toFixed(2)} MB in ${cpu.toFixed(2)} s CPU, ${s.seconds.toFixed(2)} s wall; tokenize + tag + group, warm JIT, empty word memo; run it pinned, e.g. taskset -c 0, for one core)`)
const pred = opt('--pred', '')
if (pred) {
  const lines = docs.map((d, i) => JSON.stringify({
    file: `doc${String(i).padStart(4, '0')}.txt`,
    entities: findEntities(d.text, d.sentences.map((x) => ({ ...x, text: d.text.slice(x.start, x.end) })), model),
  }))
  writeFileSync(pred, lines.join('\n') + '\n')
  console.log(`wrote ${pred}; score it with: node ../shared/eval/score-ner.mjs ../shared/data/conll2003/dev.conll --pred ${pred}`)
}
