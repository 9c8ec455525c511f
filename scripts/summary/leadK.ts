/**
 * The Lead-K baseline exactly as ../shared/eval/score-summary.mjs computes it (its own regex splitter; BBC texts
 * drop their headline line). Used only to print the baseline beside our figures.
 */
const ABBR = new Set(
  'mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr gov sen rep rev mt no vs etc inc co corp ltd bros dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
)
const SENT_END = /[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]{0,2}[A-Z0-9])/g

function splitLead(par: string): string[] {
  const out: string[] = []
  for (let line of par.split('\n')) {
    line = line.trim()
    let start = 0
    let m: RegExpExecArray | null
    SENT_END.lastIndex = 0
    while ((m = SENT_END.exec(line))) {
      const w = line.slice(start, m.index).match(/([A-Za-z]+)$/)
      if (m[0][0] === '.' && w && (ABBR.has(w[1].toLowerCase()) || w[1].length === 1)) continue
      const seg = line.slice(start, m.index + m[0].length).trim()
      if (seg) out.push(seg)
      start = m.index + m[0].length
    }
    const seg = line.slice(start).trim()
    if (seg) out.push(seg)
  }
  return out
}

/** The scorer's Lead-K sentences for one record. */
export function leadK(rec: { text: string; source: string }, k: number): string[] {
  let t = rec.text
  if (rec.source === 'bbc-news-summary') t = t.includes('\n') ? t.slice(t.indexOf('\n') + 1) : ''
  const sents: string[] = []
  for (const par of t.trim().split(/\n\s*\n/)) {
    sents.push(...splitLead(par))
    if (sents.length >= k) break
  }
  return sents.slice(0, k)
}
