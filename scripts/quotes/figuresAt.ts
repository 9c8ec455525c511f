/** The scorer's precision, recall and F1 over some documents. */
export interface Figures { P: number; R: number; F: number }

/** A document of labelled examples, their held-out scores `p`, its gold units and which characters are letters
 *  or digits (`alnum`, 1 for each: what the scorer counts). */
export interface ScoredDoc<X extends { start: number; end: number }> {
  examples: X[]
  p: number[]
  gold: [number, number][]
  text: string
  alnum: Uint8Array
}

/** 1 at each letter or digit of `text` (see {@link ScoredDoc}). */
export function alnumMask(text: string, isAlnum: (c: string) => boolean): Uint8Array {
  const alnum = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) if (isAlnum(text[i])) alnum[i] = 1
  return alnum
}

/**
 * The scorer's figures over `docs` when only the examples scored ≥ t are shown: precision is the share of shown
 * examples `isHit` counts correct, recall the share of gold units at least half of whose letters shown examples
 * cover.
 */
export function figuresAt<X extends { start: number; end: number }>(docs: ScoredDoc<X>[], t: number, isHit: (x: X) => number): Figures {
  let kept = 0, tp = 0, gold = 0, found = 0
  for (const d of docs) {
    const pred = new Uint8Array(d.text.length + 1)
    d.examples.forEach((x, i) => {
      if (d.p[i] < t) return
      kept++; tp += isHit(x); pred.fill(1, x.start, x.end)
    })
    for (const [s, e] of d.gold) {
      let tot = 0, ok = 0
      for (let i = s; i < e; i++) if (d.alnum[i]) { tot++; ok += pred[i] }
      gold++
      if (tot && ok / tot >= 0.5) found++
    }
  }
  const P = kept ? tp / kept : 0, R = gold ? found / gold : 0
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 }
}
