// Builds word clusters from unlabeled news text for the NER features: spherical k-means over positive-PMI
// left/right context vectors (after Lin & Wu 2009, "Phrase Clustering for Discriminative Learning"), at three
// granularities. Deterministic. Writes .tmp/clusters.tsv ("word<TAB>c64<TAB>c256<TAB>c1024").
// usage: npx tsx scripts/build-clusters.ts [--out FILE] [--if-missing]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tokenize } from '../src/nlp/tokens/tokenize.js'
import { readConll } from './ner/readConll.js'

const args = process.argv.slice(2)
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1] : '.tmp/clusters.tsv'
const SHARED = '../shared/data'
if (args.includes('--if-missing') && existsSync(OUT)) process.exit(0)
const texts: string[] = []
for (const split of ['train', 'dev']) {
  const dir = `${SHARED}/polnear/${split}/text`
  for (const f of readdirSync(dir).sort()) texts.push(readFileSync(`${dir}/${f}`, 'utf8'))
}
for (const d of readConll(`${SHARED}/conll2003/train.conll`)) texts.push(d.text)

const lower = (s: string): string => s.toLowerCase()
const counts = new Map<string, number>()
const sents: string[][] = []
for (const text of texts) for (const line of text.split('\n')) {
  const toks = tokenize(line).map((t) => lower(t.text))
  if (toks.length) sents.push(toks)
  for (const w of toks) counts.set(w, (counts.get(w) ?? 0) + 1)
}
const vocab = [...counts].filter(([, c]) => c >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w)
const id = new Map(vocab.map((w, i) => [w, i]))
const N = 800 // context words: the most frequent ones
const D = 2 * N + 2
console.error(`${sents.length} lines, ${[...counts.values()].reduce((a, b) => a + b, 0)} tokens, vocab ${vocab.length}`)

// Sparse context counts per word: left context ids 0..N (N = other), right N+1..2N+1.
const ctx: Map<number, number>[] = vocab.map(() => new Map())
const ctxTotal = new Float64Array(D)
for (const s of sents) for (let i = 0; i < s.length; i++) {
  const w = id.get(s[i]); if (w === undefined) continue
  const l = i > 0 ? Math.min(id.get(s[i - 1]) ?? N, N) : N, r = N + 1 + (i + 1 < s.length ? Math.min(id.get(s[i + 1]) ?? N, N) : N)
  for (const c of [l, r]) { ctx[w].set(c, (ctx[w].get(c) ?? 0) + 1); ctxTotal[c]++ }
}
const total = ctxTotal.reduce((a, b) => a + b, 0)
const vecs = ctx.map((m) => {
  const wTot = [...m.values()].reduce((a, b) => a + b, 0)
  const idx: number[] = [], val: number[] = []
  for (const [c, n] of [...m].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log((n * total) / (wTot * ctxTotal[c]))
    if (pmi > 0) { idx.push(c); val.push(pmi) }
  }
  const norm = Math.hypot(...val) || 1
  return { idx: Int32Array.from(idx), val: Float32Array.from(val.map((v) => v / norm)) }
})

function kmeans(K: number, iters: number): Int32Array {
  const cent = new Float32Array(K * D)
  for (let k = 0; k < K; k++) { const v = vecs[k]; for (let j = 0; j < v.idx.length; j++) cent[k * D + v.idx[j]] = v.val[j] }
  const assign = new Int32Array(vecs.length)
  for (let it = 0; it < iters; it++) {
    let moved = 0
    for (let w = 0; w < vecs.length; w++) {
      const v = vecs[w]
      let best = -Infinity, arg = 0
      for (let k = 0; k < K; k++) {
        let s = 0
        const base = k * D
        for (let j = 0; j < v.idx.length; j++) s += cent[base + v.idx[j]] * v.val[j]
        if (s > best) { best = s; arg = k }
      }
      if (assign[w] !== arg || it === 0) moved++
      assign[w] = arg
    }
    cent.fill(0)
    for (let w = 0; w < vecs.length; w++) { const v = vecs[w], base = assign[w] * D; for (let j = 0; j < v.idx.length; j++) cent[base + v.idx[j]] += v.val[j] }
    for (let k = 0; k < K; k++) { let n = 0; for (let d = 0; d < D; d++) n += cent[k * D + d] ** 2; n = Math.sqrt(n) || 1; for (let d = 0; d < D; d++) cent[k * D + d] /= n }
    console.error(`k=${K} iter ${it + 1}: ${moved} moved`)
    if (moved < vecs.length / 1000) break
  }
  return assign
}

const grans = [64, 256, 1000].map((K) => kmeans(K, 12))
mkdirSync('.tmp', { recursive: true })
writeFileSync(OUT, vocab.map((w, i) => [w, ...grans.map((g) => g[i])].join('\t')).join('\n') + '\n')
console.error(`wrote ${OUT}`)
