// Scores quote extraction and attribution on PolNeAR with ../shared/eval/score-quotes.mjs.
// usage (from the project root): npx tsx scripts/eval-quotes.ts (or npm run eval:quotes) [--split dev|train] [--no-entities] [--verbose] [--out FILE]
// Writes one NDJSON prediction line per article ({"file","quotes"}) and runs the scorer in quoted and indirect
// modes, without and with --speakers when the split has a resolved-speakers file. Prints one labelled JSON line per run.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from '../src/parse/parse.js'
import { articleSentences } from '../src/nlp/sentences/articleSentences.js'
import { findQuotes } from '../src/nlp/quotes/findQuotes.js'
import type { Entity, Sentence } from '../src/types.js'

const args = process.argv.slice(2)
const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined }
const split = opt('--split') ?? 'dev'
const data = path.resolve('..', 'shared', 'data', 'polnear')
const dir = path.join(data, split)
const out = opt('--out') ?? path.join(os.tmpdir(), `article-inspect-quotes-${split}.ndjson`)
const speakers = path.join(data, `${split}-speakers.jsonl`)

async function entityFinder(): Promise<(text: string, sentences: Sentence[]) => Entity[]> {
  if (args.includes('--no-entities') || !fs.existsSync('models/ner.bin')) return () => []
  const { loadNerModel } = await import('../src/nlp/entities/loadNerModel.js')
  const { findEntities } = await import('../src/nlp/entities/findEntities.js')
  const model = loadNerModel(new Uint8Array(fs.readFileSync('models/ner.bin')))
  return (text, sentences) => findEntities(text, sentences, model)
}

const entitiesOf = await entityFinder()
const files = fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()
const t0 = Date.now()
const lines = files.map((f) => {
  const article = parse(fs.readFileSync(path.join(dir, 'text', f), 'utf8').replace(/^\uFEFF/, ''))
  const sentences = articleSentences(article)
  return JSON.stringify({ file: f, quotes: findQuotes(article, sentences, entitiesOf(article.text, sentences)) })
})
fs.writeFileSync(out, lines.join('\n') + '\n')
console.error(`${files.length} ${split} articles in ${Date.now() - t0} ms -> ${out}`)
const scorer = path.resolve('..', 'shared', 'eval', 'score-quotes.mjs')
const withSpeakers = fs.existsSync(speakers) ? [false, true] : [false]
for (const mode of [[], ['--indirect']]) {
  for (const resolved of withSpeakers) {
    const extra = [...mode, ...(resolved ? ['--speakers', speakers] : []), ...(args.includes('--verbose') ? ['--verbose'] : [])]
    const label = `${split} ${mode.length ? 'indirect' : 'quoted'}${resolved ? ' --speakers' : ''}`
    process.stdout.write(`${label.padEnd(28)} ${execFileSync('node', [scorer, dir, '--pred', out, ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 })}`)
  }
}
