import fs from 'node:fs'
import path from 'node:path'
import type { Quote } from '../../../src/types.js'

/** The PolNeAR scores of ../shared/eval/score-quotes.mjs, computed in-process for a floor test. */
export interface PolnearScores {
  precision: number
  recall: number
  f1: number
  attribution: number
  attributionResolved: number
}

type Range = [number, number]
interface Attr { source: Range[]; content: Range[] }

const STOP = new Set('the of and mr mrs ms dr sen senator rep gov governor president secretary former vice chairman spokesman spokeswoman candidate republican democratic democrat gop state u.s. us new house white minister leader chief said'.split(' '))
const toks = (s: string | null | undefined) => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z][a-z'-]+/g) ?? []
const isAlnum = (c: string) => /[\p{L}\p{N}]/u.test(c)

function parseAnn(src: string): Attr[] {
  const spans: Record<string, Range[]> = {}
  const links: { source: string[]; content: string[] }[] = []
  for (const line of src.split('\n')) {
    const t = /^(T\d+)\t\w+ ([\d ;]+)\t/.exec(line)
    if (t) spans[t[1]] = t[2].split(';').map((f) => f.trim().split(' ').map(Number) as Range)
    const e = /^E\d+\t(.*)$/.exec(line)
    if (!e) continue
    const link = { source: [] as string[], content: [] as string[] }
    for (const part of e[1].trim().split(/\s+/)) {
      const [role, id] = part.split(':')
      const r = role.replace(/\d+$/, '')
      if (r === 'Source') link.source.push(id)
      if (r === 'Content') link.content.push(id)
    }
    links.push(link)
  }
  // Spans may be defined after the event that links them.
  return links.map((l) => ({ source: l.source.flatMap((id) => spans[id] ?? []), content: l.content.flatMap((id) => spans[id] ?? []) }))
}

/**
 * Scores quotes found by `find` on a PolNeAR split the way the shared scorer does (extraction by letters,
 * attribution by mention overlap or shared surname, resolution against `speakersFile` when given).
 */
export async function scorePolnear(dir: string, find: (text: string) => Quote[], indirect: boolean, speakersFile?: string): Promise<PolnearScores> {
  // @ts-expect-error: a plain ES module of the shared eval kit, without types
  const { quoteRegions, alnumCount } = await import(path.resolve(dir, '..', '..', '..', 'eval', 'quotescan.mjs'))
  const resolved = new Map<string, string | null>()
  if (speakersFile) for (const l of fs.readFileSync(speakersFile, 'utf8').split('\n')) if (l.trim()) { const o = JSON.parse(l); resolved.set(o.id, o.resolved) }
  const annFiles = new Map<string, string>()
  for (const f of fs.readdirSync(path.join(dir, 'attributions')).sort()) { const b = f.replace(/_[0-9a-f]{4}\.ann$/, ''); if (!annFiles.has(b)) annFiles.set(b, f) }
  let nPred = 0, nPredOk = 0, nGold = 0, nFound = 0, nAttr = 0, nAttrOk = 0, nRes = 0, nResOk = 0
  for (const [base, ann] of [...annFiles].sort()) {
    const text = fs.readFileSync(path.join(dir, 'text', base + '.txt'), 'utf8')
    const attrs = parseAnn(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8'))
    const regions: Range[] = quoteRegions(text)
    const gold: { s: number; e: number; a: Attr }[] = []
    for (const a of attrs) {
      const quoted = a.content.some(([cs, ce]) => regions.some(([rs, re]) => Math.min(ce, re) > Math.max(cs, rs)))
      if (indirect) { if (!quoted) for (const [cs, ce] of a.content) if (alnumCount(text, cs, ce) >= 2) gold.push({ s: cs, e: ce, a }) }
      else for (const [cs, ce] of a.content) for (const [rs, re] of regions) { const s = Math.max(cs, rs), e = Math.min(ce, re); if (e > s && alnumCount(text, s, e) >= 2) gold.push({ s, e, a }) }
    }
    const inGold = new Uint8Array(text.length + 1), inPred = new Uint8Array(text.length + 1)
    for (const g of gold) inGold.fill(1, g.s, g.e)
    const pq = find(text).filter((q) => (q.kind === 'indirect') === indirect)
    for (const q of pq) {
      nPred++
      let tot = 0, ok = 0
      for (let i = q.start; i < q.end; i++) if (isAlnum(text[i])) { tot++; inPred[i] = 1; if (inGold[i]) ok++ }
      if (tot > 0 && ok / tot >= 0.5) nPredOk++
    }
    for (const g of gold) {
      nGold++
      let tot = 0, cov = 0
      for (let i = g.s; i < g.e; i++) if (isAlnum(text[i])) { tot++; if (inPred[i]) cov++ }
      if (cov / tot < 0.5) continue
      nFound++
      if (!g.a.source.length) continue
      let best: Quote | null = null, bestOv = 0
      for (const q of pq) { const ov = Math.min(q.end, g.e) - Math.max(q.start, g.s); if (ov > bestOv) { bestOv = ov; best = q } }
      const srcToks = toks(g.a.source.map(([s, e]) => text.slice(s, e)).join(' ')).filter((t) => !STOP.has(t))
      const m = best?.speaker?.mention
      const mentionOk = !!m && g.a.source.some(([s, e]) => Math.min(m.end, e) > Math.max(m.start, s))
      const nameToks = toks(best?.speaker?.name).filter((t) => !STOP.has(t) && t.length >= 3)
      nAttr++
      if (mentionOk || nameToks.some((t) => srcToks.includes(t))) nAttrOk++
      const who = resolved.get(`${base}:${g.a.source[0][0]}:${g.a.source[g.a.source.length - 1][1]}`)
      if (who) { nRes++; const rt = toks(who).filter((t) => !STOP.has(t) && t.length >= 3); if (nameToks.some((t) => rt.includes(t))) nResOk++ }
    }
  }
  const precision = nPred ? nPredOk / nPred : 0, recall = nGold ? nFound / nGold : 0
  return { precision, recall, f1: precision + recall ? 2 * precision * recall / (precision + recall) : 0, attribution: nAttr ? nAttrOk / nAttr : 0, attributionResolved: nRes ? nResOk / nRes : 0 }
}
