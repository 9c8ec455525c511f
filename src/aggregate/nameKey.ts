const TITLES = /^(?:mr|mrs|ms|miss|dr|sen|senator|rep|gov|governor|president|pres|secretary|gen|rev|prof|sir|dame|lord|lady)\.?\s+/i

/**
 * A key under which spellings of one name meet across articles: accents, case, titles, middle initials,
 * possessives and punctuation are dropped ("Mr. Donald J. Trump's" and "donald trump" both give "donald trump").
 */
export function nameKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  while (TITLES.test(s)) s = s.replace(TITLES, '')
  return s
    .replace(/['’]s$/, '')
    .replace(/\b[a-z]\.\s+/g, (m, offset) => (offset === 0 ? m : ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Maps each key to the key it merges into: a one-word key ("trump") joins the most frequent longer key ending
 * in that word ("donald trump") when there is one; other keys map to themselves.
 */
export function mergeSurnames(counts: ReadonlyMap<string, number>): Map<string, string> {
  const best = new Map<string, string>()
  for (const [key, n] of counts) {
    if (!key.includes(' ')) continue
    const last = key.slice(key.lastIndexOf(' ') + 1)
    const cur = best.get(last)
    if (!cur || n > counts.get(cur)! || (n === counts.get(cur)! && key < cur)) best.set(last, key)
  }
  const out = new Map<string, string>()
  for (const key of counts.keys()) out.set(key, (!key.includes(' ') && best.get(key)) || key)
  return out
}
