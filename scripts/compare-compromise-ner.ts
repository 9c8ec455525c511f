// Scores compromise (rule/lexicon based) on CoNLL-2003 dev the same way as our tagger: its people(), places()
// and organizations() views mapped to PER, LOC and ORG (it has no MISC), with offsets, exact span + type micro F1.
// usage: npx tsx scripts/compare-compromise-ner.ts [--limit N]
import nlp from 'compromise'
import { readFileSync } from 'node:fs'
import { loadNerModel } from '../src/nlp/entities/loadNerModel.js'
import { evaluate, scorePredictions, type Predicted, type Scores } from './ner/evaluate.js'
import { readConll, type ConllDoc } from './ner/readConll.js'

const args = process.argv.slice(2)
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity
const docs = readConll('../shared/data/conll2003/dev.conll').slice(0, limit)
const VIEWS = [['people', 'PERSON'], ['places', 'LOCATION'], ['organizations', 'ORGANIZATION']] as const
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c)

function compromiseMentions(d: ConllDoc): Predicted[] {
  const doc = nlp(d.text)
  const out: Predicted[] = []
  for (const [view, type] of VIEWS) {
    for (const m of doc[view]().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      let start = m.offset.start, end = start + m.offset.length
      while (start < end && !isWordChar(d.text[start])) start++
      while (end > start && !isWordChar(d.text[end - 1]) && d.text[end - 1] !== '.') end--
      if (end > start) out.push({ start, end, type })
    }
  }
  return out
}

const row = (name: string, s: Scores): string => `| ${name} | ${(s.f1 * 100).toFixed(1)} | ${['PER', 'ORG', 'LOC', 'MISC'].map((t) => (s.byType[t].f1 * 100).toFixed(1)).join(' | ')} | ${(s.bytes / 1e6 / s.seconds).toFixed(2)} |`
const model = loadNerModel(readFileSync('models/ner.bin'))
scorePredictions(docs.slice(0, 20), compromiseMentions) // warm up both JITs
evaluate(docs.slice(0, 20), model)
const ours = evaluate(docs, model)
const theirs = scorePredictions(docs, compromiseMentions)
console.log(`CoNLL-2003 dev, ${docs.length} documents, exact span + type micro F1 (%), throughput in MB/s (wall, one core)`)
console.log('| tagger | F1 | PER | ORG | LOC | MISC | MB/s |\n|---|---|---|---|---|---|---|')
console.log(row('article-inspect (models/ner.bin)', ours))
console.log(row('compromise 14 (people/places/organizations)', theirs))
