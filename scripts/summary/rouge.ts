/**
 * ROUGE exactly as ../shared/eval/score-summary.mjs computes it: lowercase, tokens are runs of [a-z0-9], no
 * stemming; ROUGE-1/2 F1 with clipped counts; ROUGE-Lsum is the summary-level union LCS over reference lines.
 * Lin, "ROUGE: A Package for Automatic Evaluation of Summaries" (2004). Scores are in [0, 1].
 */

/** Lower-cased runs of [a-z0-9]. */
export function rougeTokens(s: string): string[] {
  return s.toLowerCase().match(/[a-z0-9]+/g) ?? []
}

function counts(t: string[], n: number): Map<string, number> {
  const m = new Map<string, number>()
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join(' ')
    m.set(k, (m.get(k) ?? 0) + 1)
  }
  return m
}

function f1(ov: number, nc: number, nr: number): number {
  return ov && nc && nr ? (2 * (ov / nc) * (ov / nr)) / (ov / nc + ov / nr) : 0
}

/** ROUGE-N F1 between candidate and reference tokens. */
export function rougeN(c: string[], r: string[], n: number): number {
  const cn = counts(c, n)
  const rn = counts(r, n)
  let ov = 0
  let nc = 0
  let nr = 0
  for (const [k, v] of cn) {
    ov += Math.min(v, rn.get(k) ?? 0)
    nc += v
  }
  for (const v of rn.values()) nr += v
  return f1(ov, nc, nr)
}

function lcsIndices(a: string[], b: string[]): number[] {
  const m = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      m[i][j] = a[i - 1] === b[j - 1] ? m[i - 1][j - 1] + 1 : Math.max(m[i - 1][j], m[i][j - 1])
    }
  }
  const out: number[] = []
  let i = a.length
  let j = b.length
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.push(i - 1)
      i--
      j--
    } else if (m[i - 1][j] >= m[i][j - 1]) i--
    else j--
  }
  return out
}

/** ROUGE-Lsum F1: union LCS of each reference line against all candidate sentences, clipped by token counts. */
export function rougeLsum(candSents: string[], refSents: string[]): number {
  const c = candSents.map(rougeTokens)
  const r = refSents.map(rougeTokens)
  const nc = c.reduce((a, s) => a + s.length, 0)
  const nr = r.reduce((a, s) => a + s.length, 0)
  if (!nc || !nr) return 0
  const cc = new Map<string, number>()
  const rc = new Map<string, number>()
  for (const s of c) for (const t of s) cc.set(t, (cc.get(t) ?? 0) + 1)
  for (const s of r) for (const t of s) rc.set(t, (rc.get(t) ?? 0) + 1)
  let hits = 0
  for (const rs of r) {
    const union = new Set<number>()
    for (const cs of c) for (const i of lcsIndices(rs, cs)) union.add(i)
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = rs[i]
      if ((cc.get(t) ?? 0) > 0 && (rc.get(t) ?? 0) > 0) {
        hits++
        cc.set(t, cc.get(t)! - 1)
        rc.set(t, rc.get(t)! - 1)
      }
    }
  }
  return f1(hits, nc, nr)
}

/** [R1, R2, RLsum] F1 of candidate sentences against reference lines. */
export function scoreSummary(cand: string[], ref: string[]): [number, number, number] {
  const ct = rougeTokens(cand.join(' '))
  const rt = rougeTokens(ref.join(' '))
  return [rougeN(ct, rt, 1), rougeN(ct, rt, 2), rougeLsum(cand, ref)]
}
